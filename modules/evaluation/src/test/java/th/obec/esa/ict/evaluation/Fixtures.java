package th.obec.esa.ict.evaluation;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Random;
import th.obec.esa.ict.evaluation.answer.AnswerSheet;
import th.obec.esa.ict.evaluation.form.EvaluationForm;
import th.obec.esa.ict.evaluation.form.EvaluationInput;
import th.obec.esa.ict.evaluation.form.EvaluationState;
import th.obec.esa.ict.evaluation.form.EvaluationView;
import th.obec.esa.ict.evaluation.form.ItemView;
import th.obec.esa.ict.evaluation.form.QuestionView;
import th.obec.esa.ict.evaluation.form.RespondentGroup;
import th.obec.esa.ict.evaluation.form.SectionInput;
import th.obec.esa.ict.evaluation.form.SectionView;

/** Evaluations and answer sheets for the unit tests and the IT. */
public final class Fixtures {

  private Fixtures() {}

  /** An F22 on the DMC: two sections (3 + 2 items) and two open questions. */
  public static EvaluationInput f22(int fiscalYear) {
    return new EvaluationInput(EvaluationForm.F22, "ติดตามประเมินผลการใช้งานระบบ DMC ปีงบประมาณ " + fiscalYear,
        "โปรดทำเครื่องหมายในช่องที่ตรงกับความคิดเห็นของท่าน", fiscalYear, "ระบบ DMC",
        EnumSet.of(RespondentGroup.OFFICE_STAFF, RespondentGroup.SCHOOL_STAFF), null,
        List.of(new SectionInput("ด้านความถูกต้องของข้อมูล", List.of("ข้อมูลนักเรียนถูกต้องครบถ้วน",
            "ข้อมูลเป็นปัจจุบัน ทันต่อการใช้งาน",
            "การรายงานข้อมูลตรงตามกำหนดเวลาของสำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน")),
            new SectionInput("ด้านการใช้งานระบบ", List.of("ระบบใช้งานง่าย", "ได้รับคำแนะนำช่วยเหลือเมื่อพบปัญหา"))),
        List.of("ปัญหาและอุปสรรคในการใช้งาน", "ข้อเสนอแนะเพื่อการพัฒนา"));
  }

  /** The same shape as a view, with made-up ids (items 101.., questions 201..). */
  public static EvaluationView view(EvaluationForm form, Set<RespondentGroup> groups, EvaluationState state) {
    List<SectionView> sections = new ArrayList<>();
    sections.add(new SectionView(11, 1, "ด้านความถูกต้องของข้อมูล", List.of(
        new ItemView(101, 1, "ข้อมูลนักเรียนถูกต้องครบถ้วน"),
        new ItemView(102, 2, "ข้อมูลเป็นปัจจุบัน ทันต่อการใช้งาน"),
        new ItemView(103, 3, "การรายงานข้อมูลตรงตามกำหนดเวลาของสำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน"))));
    sections.add(new SectionView(12, 2, "ด้านการใช้งานระบบ", List.of(
        new ItemView(104, 4, "ระบบใช้งานง่าย"), new ItemView(105, 5, "ได้รับคำแนะนำช่วยเหลือเมื่อพบปัญหา"))));
    List<QuestionView> questions = List.of(new QuestionView(201, 1, "ปัญหาและอุปสรรคในการใช้งาน"),
        new QuestionView(202, 2, "ข้อเสนอแนะเพื่อการพัฒนา"));
    OffsetDateTime t = OffsetDateTime.of(2026, 11, 2, 9, 0, 0, 0, ZoneOffset.ofHours(7));
    return new EvaluationView(1050, form, "ติดตามประเมินผลการใช้งานระบบ DMC ปีงบประมาณ 2569", "คำชี้แจง", 2569,
        "ระบบ DMC", groups, groups.contains(RespondentGroup.PUBLIC), state, null, t, "nanphat",
        state == EvaluationState.DRAFT ? null : t, state == EvaluationState.DRAFT ? null : "nanphat",
        state == EvaluationState.CLOSED ? t.plusDays(20) : null, state == EvaluationState.CLOSED ? "nanphat" : null,
        1, sections, questions);
  }

  public static EvaluationView openF22() {
    return view(EvaluationForm.F22, EnumSet.of(RespondentGroup.OFFICE_STAFF, RespondentGroup.SCHOOL_STAFF),
        EvaluationState.OPEN);
  }

  /**
   * Scores for respondent {@code r} of item {@code i} (0-based), varied but reproducible: mostly
   * 3..5 with a few lower ones, different per item.
   */
  public static int score(int r, int i) {
    Random random = new Random(31L * r + 7L * i + 11);
    int s = 5 - random.nextInt(3);
    if ((r + i) % 9 == 0) {
      s = 1 + random.nextInt(2);
    }
    return s;
  }

  /** {@code count} sheets of {@link #openF22()}'s shape. */
  public static List<AnswerSheet> sheets(EvaluationView ev, int count) {
    List<AnswerSheet> out = new ArrayList<>();
    OffsetDateTime t = OffsetDateTime.of(2026, 11, 3, 8, 0, 0, 0, ZoneOffset.ofHours(7));
    List<ItemView> items = ev.items();
    for (int r = 0; r < count; r++) {
      Map<Long, Integer> ratings = new HashMap<>();
      for (int i = 0; i < items.size(); i++) {
        ratings.put(items.get(i).id(), score(r, i));
      }
      Map<Long, String> open = new HashMap<>();
      if (r % 3 == 0) {
        open.put(ev.questions().get(0).id(), r % 2 == 0 ? "  อินเทอร์เน็ตช้า " : "อินเทอร์เน็ตช้า");
      }
      if (r % 5 == 0) {
        open.put(ev.questions().get(1).id(), "ควรจัดอบรมการใช้งานระบบ DMC ให้ครูผู้รับผิดชอบ " + (r % 2));
      }
      boolean school = r % 3 != 1;
      out.add(new AnswerSheet(1000 + r, school ? RespondentGroup.SCHOOL_STAFF : RespondentGroup.OFFICE_STAFF,
          school ? "โรงเรียนบ้านหนองบัว " + (r % 4) : null, t.plusMinutes(37L * r), ratings, open));
    }
    return out;
  }
}
