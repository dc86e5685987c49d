package th.obec.esa.ict.records.collection;

/**
 * The central database programs of OBEC that schools and the office send data to. {@link #OTHER}
 * carries a free name on the round (a new program must not wait for a release).
 */
public enum CentralSystem {
  DMC("DMC", "ระบบจัดเก็บข้อมูลนักเรียนรายบุคคล (Data Management Center)", "Data Management Center (students)"),
  EMIS("EMIS", "ระบบสารสนเทศเพื่อการบริหารการศึกษา", "Education Management Information System"),
  B_OBEC("B-OBEC", "ระบบข้อมูลสิ่งก่อสร้าง (Building OBEC)", "Building OBEC (buildings)"),
  M_OBEC("M-OBEC", "ระบบข้อมูลครุภัณฑ์ (Material OBEC)", "Material OBEC (equipment)"),
  EFA("EFA", "ระบบโครงการเรียนฟรี 15 ปี (Education for All)", "Education for All (15 years' free education)"),
  OTHER("อื่น ๆ", "ระบบอื่น", "Other system");

  private final String shortName;
  private final String thai;
  private final String english;

  CentralSystem(String shortName, String thai, String english) {
    this.shortName = shortName;
    this.thai = thai;
    this.english = english;
  }

  /** As people write it: "B-OBEC". */
  public String shortName() {
    return shortName;
  }

  public String thai() {
    return thai;
  }

  public String english() {
    return english;
  }

  /** The label of a round's system: the short and Thai names, or the free name of another system. */
  public String label(String otherName) {
    return this == OTHER ? otherName : shortName + " " + thai;
  }
}
