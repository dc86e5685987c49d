package th.obec.esa.ict.organization.process;

import java.io.Serializable;
import java.util.List;

/** A work process with every section the manual prints: objectives, scope, definition, steps, forms, references. */
public record ProcessView(long id, int number, Long unitId, String unitNameTh, String nameTh, String tocTitleTh,
    String nameEn, String definitionTh, List<Item> objectives, List<Item> scope, List<Item> steps, List<FormUse> forms,
    List<Item> references) implements Serializable {

  /** A printed line with its marker ("๑.", "(๑)"). */
  public record Item(String marker, String text) implements Serializable {}

  /** A form the process uses: the catalogue code and name, and the name as this process prints it. */
  public record FormUse(long formId, String code, String nameTh, String nameEn, String namePrinted) implements Serializable {}

  public static ProcessView of(WorkProcess p) {
    return new ProcessView(p.getId(), p.getProcessNumber(), p.getUnit().getId(), p.getUnit().getNameTh(), p.getNameTh(),
        p.getTocTitleTh(), p.getNameEn(), p.getDefinitionTh(),
        p.getObjectives().stream().map(o -> new Item(o.getMarkerPrinted(), o.getText())).toList(),
        p.getScope().stream().map(o -> new Item(o.getMarkerPrinted(), o.getText())).toList(),
        p.getSteps().stream().map(o -> new Item(o.getMarkerPrinted(), o.getText())).toList(),
        p.getForms().stream().map(f -> new FormUse(f.getForm().getId(), f.getForm().getCode(), f.getForm().getNameTh(),
            f.getForm().getNameEn(), f.getNamePrinted())).toList(),
        p.getReferences().stream().map(o -> new Item(o.getMarkerPrinted(), o.getText())).toList());
  }
}
