package th.obec.esa.ict.forms.spec;

/**
 * How a spec line stands against the catalogue's minimum specification. An edited or removed
 * catalogue line may fall below the minimum, so it needs a written reason; an added line only
 * asks for more.
 */
public enum Deviation {
  AS_CATALOGUE("ตามเกณฑ์"),
  EDITED("แก้ไขจากเกณฑ์"),
  ADDED("เพิ่มเติมจากเกณฑ์"),
  REMOVED("ตัดออกจากเกณฑ์");

  private final String thai;

  Deviation(String thai) {
    this.thai = thai;
  }

  public String thai() {
    return thai;
  }

  public boolean needsReason() {
    return this == EDITED || this == REMOVED;
  }

  /** Whether the line is part of the spec an offer must meet. */
  public boolean required() {
    return this != REMOVED;
  }
}
