package th.obec.esa.ict.forms.port;

/** The office's own data: its names, its letter register and how its documents are printed. */
public interface OfficePort {

  OfficeInfo office();

  /**
   * The register a unit's letters are numbered in: the prefix printed before the slash ("ศธ 04086"
   * for the office's one register, "ศธ 04086.3" for a unit the office gives a register of its own;
   * Arabic digits) and when its numbers start again. Units that print the same prefix share one
   * register.
   */
  LetterRegister letterRegister(String unitCode);

  /** Thai digits or not, and the emblem (ครุฑ) to print on every บันทึกข้อความ. */
  DocumentStyle documentStyle();
}
