package th.obec.esa.ict.evaluation.form;

/**
 * The manual's forms that are rating-scale evaluations. Kept here rather than taken from the
 * forms module, so that this module depends on no other; the codes are the same (F11 ...).
 */
public enum EvaluationForm {
  F11("แบบติดตาม ประเมินผลระบบเครือข่ายคอมพิวเตอร์และระบบสื่อสารโทรคมนาคม",
      "Monitoring and evaluation of the computer network and telecommunication systems"),
  F18("แบบสอบถาม", "Questionnaire"),
  F19("แบบประเมิน", "Evaluation form"),
  F20("แบบติดตาม ประเมินผลและรับข้อเสนอแนะจากผู้เกี่ยวข้อง",
      "Monitoring, evaluation and feedback from stakeholders (office website)"),
  F22("แบบติดตาม การประเมินผลระบบข้อมูลสารสนเทศเพื่อการบริหารและการจัดการเรียนรู้",
      "Monitoring and evaluation of the information systems for management and learning");

  private final String thai;
  private final String english;

  EvaluationForm(String thai, String english) {
    this.thai = thai;
    this.english = english;
  }

  public String thai() {
    return thai;
  }

  public String english() {
    return english;
  }

  /** Only the website's form (F20) may be answered by the public, anonymously. */
  public boolean allowsPublic() {
    return this == F20;
  }
}
