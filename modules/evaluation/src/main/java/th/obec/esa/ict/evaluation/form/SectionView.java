package th.obec.esa.ict.evaluation.form;

import java.util.List;

/** A section (number 1, 2 ...) with its rating items in order. */
public record SectionView(long id, int number, String title, List<ItemView> items) {

  public SectionView {
    items = List.copyOf(items);
  }
}
