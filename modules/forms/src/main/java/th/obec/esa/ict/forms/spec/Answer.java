package th.obec.esa.ict.forms.spec;

/** A vendor's answer to one spec line. */
public enum Answer {
  MEETS("ตรงตามคุณลักษณะ"),
  DOES_NOT_MEET("ไม่ตรงตามคุณลักษณะ"),
  EXCEEDS("สูงกว่าคุณลักษณะ");

  private final String thai;

  Answer(String thai) {
    this.thai = thai;
  }

  public String thai() {
    return thai;
  }

  public boolean complies() {
    return this != DOES_NOT_MEET;
  }
}
