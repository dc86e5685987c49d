package th.obec.esa.ict.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.forms.api.PlanInput;
import th.obec.esa.ict.forms.api.PlanSheet;
import th.obec.esa.ict.forms.testdoubles.TestAuthority;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.platform.security.AccessDeniedException;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.platform.security.Roles;
import th.obec.esa.ict.platform.time.FiscalYear;
import th.obec.esa.ict.platform.time.OfficeTime;

/**
 * A work process's yearly plan on Payara Micro and PostgreSQL: filed as a PLN submission under its
 * process, its activities with the responsible people as the staff list names them, proposed,
 * reviewed and approved through the forms' chain (here by a stand-in, whose wording the sheet
 * carries), then the progress of its activities. Run by {@link FormsIT}.
 */
interface PlanChecks extends FormsServices {

  Actor drafter = Actor.self("wiparat", Roles.STAFF, Roles.ICT_OFFICER);
  Actor groupHead = Actor.self("nanphat", Roles.STAFF, Roles.ICT_OFFICER);
  Actor standIn = Actor.self("khwansiri", Roles.STAFF, Roles.ICT_OFFICER);
  Actor plainStaff = Actor.self("somchai", Roles.STAFF);

  private static FiscalYear thisYear() {
    return FiscalYear.of(LocalDate.now(OfficeTime.clock()));
  }

  private static PlanInput plan(int process, FiscalYear fy, List<PlanInput.Activity> activities) {
    return new PlanInput(process, fy.buddhistYear(), null, "ตามแผนพัฒนาเทคโนโลยีสารสนเทศของสำนักงาน", activities);
  }

  private static PlanInput.Activity activity(String title, FiscalYear fy, int fromMonthOffset, String uid,
      String budget) {
    LocalDate start = fy.firstDay().plusMonths(fromMonthOffset);
    return new PlanInput.Activity(title, start, start.plusMonths(1), uid, budget == null ? null : new BigDecimal(budget));
  }

  @Test
  default void aProcessesYearlyPlanIsProposedApprovedByAStandInWithTheWordingAndItsActivitiesProgress() {
    FiscalYear fy = thisYear().next();
    PlanSheet proposed = plans().propose(plan(6, fy, List.of(
        activity("บำรุงรักษาเครื่องคอมพิวเตอร์ของสำนักงาน", fy, 0, "nanphat", "15000.50"),
        activity("ติดตั้งระบบเครือข่ายไร้สายห้องประชุม", fy, 3, "khwansiri", "20000"))), false, drafter);
    assertEquals("SUBMITTED", proposed.state());
    assertNotNull(proposed.number(), "a proposal gets its letter number");
    assertEquals(6, proposed.process());
    assertEquals(fy.buddhistYear(), proposed.fiscalYear());
    assertEquals(new BigDecimal("35000.50"), proposed.budget());
    assertEquals("แผนปฏิบัติงานประจำปีงบประมาณ " + fy.buddhistYear() + " กระบวนงานที่ 6", proposed.subject());
    assertEquals(List.of("นางนันทน์ภัส เกียรติมาพรศักดิ์", "นางขวัญศิริ กองช่าง"),
        proposed.activities().stream().map(PlanSheet.ActivityLine::responsibleName).toList());
    assertEquals(6, forms().get(proposed.id(), drafter).process(), "filed under its process like any request");

    BusinessException early = assertThrows(BusinessException.class,
        () -> plans().recordProgress(proposed.id(), 1, 10, "เริ่มแล้ว", groupHead));
    assertEquals("forms.plan.notApproved", early.key());

    forms().review(proposed.id(), "ตรวจแล้ว เสนอ ผอ.สพป.", groupHead);
    forms().approveFor(proposed.id(), "nanphat", "อนุมัติ", standIn);
    PlanSheet approved = plans().get(proposed.id(), plainStaff);
    assertEquals("APPROVED", approved.state());
    PlanSheet.Signed approval = approved.chain().get(approved.chain().size() - 1);
    assertEquals("APPROVE", approval.action());
    assertEquals("khwansiri", approval.actorUid());
    assertEquals("nanphat", approval.actingForUid());
    assertEquals("STAND_IN", approval.basisKind());
    assertEquals(TestAuthority.STAND_IN_BASIS, approval.basis());
    assertTrue(approval.actingLine().startsWith("ปฏิบัติหน้าที่แทน"), approval.actingLine());
    assertNull(approved.chain().get(0).actingLine(), "the proposal in her own right");

    PlanSheet progressed = plans().recordProgress(proposed.id(), 2, 40, "ติดตั้งจุดกระจายสัญญาณแล้ว 2 จุด", standIn);
    assertEquals(40, progressed.activities().get(1).progress());
    assertEquals(0, progressed.activities().get(0).progress());
    assertThrows(AccessDeniedException.class, () -> plans().recordProgress(proposed.id(), 1, 50, null, plainStaff));
    BusinessException over = assertThrows(BusinessException.class,
        () -> plans().recordProgress(proposed.id(), 1, 120, null, groupHead));
    assertEquals("forms.plan.progressOutOfRange", over.key());
    assertEquals("percent", over.field());

    BusinessException twice = assertThrows(BusinessException.class, () -> plans().propose(plan(6, fy, List.of(
        activity("ซ้ำ", fy, 0, "nanphat", null))), false, drafter));
    assertEquals("forms.plan.exists", twice.key());
    assertEquals("fiscalYear", twice.field());
    assertTrue(plans().plans(6, fy.buddhistYear(), plainStaff).stream().anyMatch(p -> p.id() == proposed.id()));
  }

  @Test
  default void aPlanIsRefusedOnTheFieldAtFaultAndOnlyAnIctOfficerDraftsOne() {
    FiscalYear fy = thisYear();
    PlanInput.Activity fine = activity("ทบทวนระบบสำรองข้อมูล", fy, 1, "nanphat", "1000");
    java.util.function.Function<PlanInput, BusinessException> refused = in -> assertThrows(BusinessException.class,
        () -> plans().propose(in, false, drafter));

    BusinessException outside = refused.apply(plan(4, fy, List.of(fine,
        new PlanInput.Activity("เกินปีงบประมาณ", fy.lastDay(), fy.lastDay().plusDays(1), "nanphat", null))));
    assertEquals("forms.plan.activity.outsideYear", outside.key());
    assertEquals("activities", outside.field());
    assertEquals(2, outside.args()[0], "names the second activity");

    BusinessException unknown = refused.apply(plan(4, fy, List.of(activity("อบรม", fy, 2, "nobody-here", null))));
    assertEquals("forms.plan.activity.responsibleUnknown", unknown.key());
    assertEquals("process", refused.apply(plan(17, fy, List.of(fine))).field());
    assertEquals("forms.plan.processRequired",
        refused.apply(new PlanInput(null, fy.buddhistYear(), null, null, List.of(fine))).key());
    assertEquals("forms.plan.yearOutOfRange", refused.apply(plan(4, new FiscalYear(2550), List.of(fine))).key());
    assertEquals("forms.plan.noActivity", refused.apply(plan(4, fy, List.of())).key());
    assertThrows(AccessDeniedException.class, () -> plans().propose(plan(4, fy, List.of(fine)), false, plainStaff));
    assertTrue(plans().plans(4, fy.buddhistYear(), drafter).isEmpty(), "nothing refused was kept");
  }
}
