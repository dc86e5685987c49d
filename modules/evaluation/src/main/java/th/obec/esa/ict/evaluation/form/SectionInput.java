package th.obec.esa.ict.evaluation.form;

import java.util.List;

/** A section as typed: its title and the wording of its rating items, in order. */
public record SectionInput(String title, List<String> items) {

  public SectionInput {
    items = items == null ? List.of() : items.stream().map(i -> i == null ? "" : i).toList();
  }
}
