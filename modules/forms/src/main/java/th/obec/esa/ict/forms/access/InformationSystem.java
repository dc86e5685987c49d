package th.obec.esa.ict.forms.access;

/** The information systems an F14 may ask access to (the central OBEC systems and the office's own). */
public enum InformationSystem {
  DMC("ระบบจัดเก็บข้อมูลนักเรียนรายบุคคล (DMC)"),
  EMIS("ระบบสารสนเทศเพื่อการบริหารการศึกษา (EMIS)"),
  B_OBEC("ระบบข้อมูลสิ่งก่อสร้าง (B-OBEC)"),
  M_OBEC("ระบบข้อมูลครุภัณฑ์ (M-OBEC)"),
  EFA("ระบบเงินอุดหนุนรายหัว (EFA)"),
  E_OFFICE("ระบบสำนักงานอิเล็กทรอนิกส์ (e-office)"),
  INTRANET("ระบบอินทราเน็ตของสำนักงาน"),
  OTHER("ระบบอื่น");

  private final String thai;

  InformationSystem(String thai) {
    this.thai = thai;
  }

  public String thai() {
    return thai;
  }
}
