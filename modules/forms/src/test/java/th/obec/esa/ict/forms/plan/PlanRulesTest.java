package th.obec.esa.ict.forms.plan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.forms.api.PlanInput;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.platform.time.FiscalYear;

class PlanRulesTest {

  /** 1 October 2026 to 30 September 2027 (dates are ISO, years C.E.). */
  private static final FiscalYear FY2570 = new FiscalYear(2570);

  private static PlanInput.Activity a(String title, LocalDate from, LocalDate until, String uid, String budget) {
    return new PlanInput.Activity(title, from, until, uid, budget == null ? null : new BigDecimal(budget));
  }

  private static BusinessException refused(PlanInput.Activity... activities) {
    return assertThrows(BusinessException.class, () -> PlanRules.activities(FY2570, Arrays.asList(activities)));
  }

  private static final PlanInput.Activity OK = a("ซ่อมบำรุง", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31),
      "nanphat", "100");

  @Test
  void theYearIsABuddhistFiscalYearFrom2560ToNextYear() {
    assertEquals(2570, PlanRules.year(2570, 2570).buddhistYear());
    assertEquals(2571, PlanRules.year(2571, 2570).buddhistYear());
    BusinessException far = assertThrows(BusinessException.class, () -> PlanRules.year(2572, 2570));
    assertEquals("forms.plan.yearOutOfRange", far.key());
    assertEquals("fiscalYear", far.field());
    assertArrayEquals(new Object[] {2572, 2560, 2571}, far.args());
    assertEquals("forms.plan.yearOutOfRange", assertThrows(BusinessException.class, () -> PlanRules.year(2559, 2570)).key());
    assertEquals("forms.plan.yearRequired", assertThrows(BusinessException.class, () -> PlanRules.year(null, 2570)).key());
  }

  @Test
  void anActivityMayRunFromTheFirstOfOctoberToTheThirtiethOfSeptemberOnly() {
    PlanRules.activities(FY2570, List.of(a("ทั้งปี", LocalDate.of(2026, 10, 1), LocalDate.of(2027, 9, 30), "x", null)));
    BusinessException before = refused(OK, a("ก่อนปี", LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 5), "x", null));
    assertEquals("forms.plan.activity.outsideYear", before.key());
    assertEquals(2, before.args()[0]);
    assertEquals("forms.plan.activity.outsideYear",
        refused(a("เลยปี", LocalDate.of(2027, 9, 1), LocalDate.of(2027, 10, 1), "x", null)).key());
  }

  @Test
  void eachActivityNeedsATitleDatesInOrderAResponsiblePersonAndNoNegativeBudget() {
    assertEquals("forms.plan.activity.titleRequired", refused(a(" ", OK.startsOn(), OK.endsOn(), "x", null)).key());
    assertEquals("forms.plan.activity.datesRequired", refused(a("t", null, OK.endsOn(), "x", null)).key());
    assertEquals("forms.plan.activity.endsBeforeStart",
        refused(a("t", LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 1), "x", null)).key());
    assertEquals("forms.plan.activity.responsibleRequired", refused(a("t", OK.startsOn(), OK.endsOn(), "", null)).key());
    assertEquals("forms.plan.activity.budgetNegative", refused(a("t", OK.startsOn(), OK.endsOn(), "x", "-1")).key());
    assertEquals("forms.plan.activity.titleTooLong",
        refused(a("ก".repeat(PlanRules.TITLE_MAX + 1), OK.startsOn(), OK.endsOn(), "x", null)).key());
    BusinessException none = assertThrows(BusinessException.class, () -> PlanRules.activities(FY2570, List.of()));
    assertEquals("forms.plan.noActivity", none.key());
    assertEquals("activities", none.field());
  }

  @Test
  void theBudgetIsTheActivitiesAddedUpAndProgressIsAPercentage() {
    assertEquals(new BigDecimal("1500.25"), PlanRules.budget(List.of(OK,
        a("b", OK.startsOn(), OK.endsOn(), "x", "1400.25"), a("c", OK.startsOn(), OK.endsOn(), "x", null))));
    assertEquals(new BigDecimal("0.00"), PlanRules.budget(List.of()));
    assertEquals(0, PlanRules.progress(0));
    assertEquals(100, PlanRules.progress(100));
    assertEquals("forms.plan.progressOutOfRange", assertThrows(BusinessException.class, () -> PlanRules.progress(101)).key());
    assertEquals("percent", assertThrows(BusinessException.class, () -> PlanRules.progress(null)).field());
  }
}
