package th.obec.esa.ict.evaluation.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.evaluation.form.RespondentGroup;
import th.obec.esa.ict.organization.api.StaffRef;

/** A respondent's group comes from the office's staff list, not from the respondent's choice. */
class RespondentGroupsTest {

  private static final StaffRef SOMCHAI = new StaffRef(7, "somchai", "นายสมชาย ใจดี", null, 3L,
      "กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร", "นักวิชาการคอมพิวเตอร์", "อ 31", "ACTIVE", false);

  private static Optional<StaffRef> staffList(String uid) {
    return "somchai".equals(uid) ? Optional.of(SOMCHAI) : Optional.empty();
  }

  @Test
  void aPersonOnTheStaffListAnswersAsOfficeStaff() {
    assertEquals(Optional.of(RespondentGroup.OFFICE_STAFF), RespondentGroups.groupOf("somchai", RespondentGroupsTest::staffList));
  }

  @Test
  void anyoneElseWhoSignsInAnswersAsSchoolStaff() {
    assertEquals(Optional.of(RespondentGroup.SCHOOL_STAFF), RespondentGroups.groupOf("teacher.f08", RespondentGroupsTest::staffList));
  }

  @Test
  void withoutAUidTheGroupIsUnknown() {
    assertEquals(Optional.empty(), RespondentGroups.groupOf(null, RespondentGroupsTest::staffList));
    assertEquals(Optional.empty(), RespondentGroups.groupOf(" ", RespondentGroupsTest::staffList));
  }
}
