package th.obec.esa.ict.records.improvement;

/** Whose information systems an improvement serves (the three objectives of process 13). */
public enum Target {
  OFFICE("สำนักงานเขตพื้นที่การศึกษา", "The area office"),
  SCHOOLS("สถานศึกษา", "Schools"),
  OBEC("สพฐ.", "OBEC");

  private final String thai;
  private final String english;

  Target(String thai, String english) {
    this.thai = thai;
    this.english = english;
  }

  public String thai() {
    return thai;
  }

  public String english() {
    return english;
  }
}
