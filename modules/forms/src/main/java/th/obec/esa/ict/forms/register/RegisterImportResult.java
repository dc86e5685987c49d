package th.obec.esa.ict.forms.register;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import th.obec.esa.ict.forms.catalog.FormCode;

/**
 * What an import took over.
 *
 * @param imported the number of submissions created
 * @param perForm how many of each form, in form order
 * @param firstFiled the earliest filing date among them
 * @param lastFiled the latest filing date among them
 */
public record RegisterImportResult(int imported, Map<FormCode, Integer> perForm, LocalDate firstFiled,
    LocalDate lastFiled) {

  public RegisterImportResult {
    Map<FormCode, Integer> copy = new EnumMap<>(FormCode.class);
    copy.putAll(perForm);
    perForm = Collections.unmodifiableMap(copy);
  }
}
