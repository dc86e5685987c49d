package th.obec.esa.ict.reports.port;

import java.util.List;

/**
 * One work process.
 *
 * @param formCodes the forms it uses ("F02", "F03"…), empty for a process without forms
 */
public record ProcessRef(int number, String nameTh, String nameEn, List<String> formCodes) {

  public ProcessRef {
    formCodes = formCodes == null ? List.of() : List.copyOf(formCodes);
  }
}
