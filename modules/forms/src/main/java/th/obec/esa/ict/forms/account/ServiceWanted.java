package th.obec.esa.ict.forms.account;

/**
 * What an account gives access to, as the F08 form lists it. Each service is a directory group of
 * the same name, so that the network, mail and central-system gateways can grant it by group.
 */
public enum ServiceWanted {
  INTRANET("intranet", "ระบบอินทราเน็ตของสำนักงาน"),
  INTERNET("internet", "อินเทอร์เน็ตและเครือข่ายไร้สาย (Wi-Fi)"),
  EMAIL("email", "ไปรษณีย์อิเล็กทรอนิกส์ (e-mail)"),
  DMC("dmc", "ระบบจัดเก็บข้อมูลนักเรียนรายบุคคล (DMC)"),
  EMIS("emis", "ระบบสารสนเทศเพื่อการบริหารการศึกษา (EMIS)"),
  EOFFICE("e-office", "ระบบสำนักงานอิเล็กทรอนิกส์ (e-office)");

  private final String group;
  private final String thai;

  ServiceWanted(String group, String thai) {
    this.group = group;
    this.thai = thai;
  }

  /** The directory group that grants the service. */
  public String group() {
    return group;
  }

  public String thai() {
    return thai;
  }
}
