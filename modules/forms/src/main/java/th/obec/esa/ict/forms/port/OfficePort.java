package th.obec.esa.ict.forms.port;

/** The office's own data: its names and its letter numbering. */
public interface OfficePort {

  OfficeInfo office();

  /**
   * The letter-number prefix of a unit's register, before the slash: "ศธ 04086" for an office
   * that numbers all units in one book, or a unit code such as "ศธ 04086.3". Arabic digits.
   */
  String letterPrefix(String unitCode);
}
