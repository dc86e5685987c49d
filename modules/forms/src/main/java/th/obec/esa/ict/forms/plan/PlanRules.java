package th.obec.esa.ict.forms.plan;

import static th.obec.esa.ict.platform.BusinessException.field;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import th.obec.esa.ict.forms.api.PlanInput;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.platform.time.FiscalYear;

/**
 * What a yearly plan must hold before it is proposed: a fiscal year the office may still plan
 * (from 2560, the order's year, to next year), at least one activity, and each activity with a
 * title, its dates inside the fiscal year, a responsible person and a budget that is not negative.
 * Messages name the field and the activity's number, so the drafter sees which line to correct.
 */
public final class PlanRules {

  /** The first fiscal year a plan may be filed for (order 275/2561 was given in fiscal year 2561). */
  public static final int FIRST_YEAR = 2560;
  public static final int TITLE_MAX = 500;
  public static final int NOTE_MAX = 2000;

  private PlanRules() {}

  /**
   * @param currentYear the fiscal year (B.E.) of today in Bangkok
   * @throws BusinessException {@code forms.plan.yearRequired}, {@code forms.plan.yearOutOfRange} (year, first, last)
   */
  public static FiscalYear year(Integer fiscalYear, int currentYear) {
    if (fiscalYear == null) {
      throw new BusinessException(field("fiscalYear"), "forms.plan.yearRequired");
    }
    if (fiscalYear < FIRST_YEAR || fiscalYear > currentYear + 1) {
      throw new BusinessException(field("fiscalYear"), "forms.plan.yearOutOfRange", fiscalYear, FIRST_YEAR,
          currentYear + 1);
    }
    return new FiscalYear(fiscalYear);
  }

  /** Every activity's own rules, in order; the first broken one is refused naming its number. */
  public static void activities(FiscalYear year, List<PlanInput.Activity> activities) {
    if (activities == null || activities.isEmpty()) {
      throw new BusinessException(field("activities"), "forms.plan.noActivity");
    }
    for (int i = 0; i < activities.size(); i++) {
      int no = i + 1;
      PlanInput.Activity a = activities.get(i);
      if (a == null || blank(a.title())) {
        throw new BusinessException(field("activities"), "forms.plan.activity.titleRequired", no);
      }
      if (a.title().strip().length() > TITLE_MAX) {
        throw new BusinessException(field("activities"), "forms.plan.activity.titleTooLong", no, TITLE_MAX);
      }
      if (a.startsOn() == null || a.endsOn() == null) {
        throw new BusinessException(field("activities"), "forms.plan.activity.datesRequired", no);
      }
      if (a.endsOn().isBefore(a.startsOn())) {
        throw new BusinessException(field("activities"), "forms.plan.activity.endsBeforeStart", no);
      }
      if (!year.contains(a.startsOn()) || !year.contains(a.endsOn())) {
        // the year's bounds named in the Buddhist era: 1 October {2} to 30 September {1}
        throw new BusinessException(field("activities"), "forms.plan.activity.outsideYear", no, year.buddhistYear(),
            year.buddhistYear() - 1);
      }
      if (blank(a.responsibleUid())) {
        throw new BusinessException(field("activities"), "forms.plan.activity.responsibleRequired", no);
      }
      if (a.budget() != null && a.budget().signum() < 0) {
        throw new BusinessException(field("activities"), "forms.plan.activity.budgetNegative", no);
      }
    }
  }

  /** The plan's budget: the activities' budgets added up, in baht with satang. */
  public static BigDecimal budget(List<PlanInput.Activity> activities) {
    BigDecimal sum = BigDecimal.ZERO;
    for (PlanInput.Activity a : activities) {
      if (a != null && a.budget() != null) {
        sum = sum.add(a.budget());
      }
    }
    return sum.setScale(2, RoundingMode.HALF_UP);
  }

  /** @throws BusinessException {@code forms.plan.progressOutOfRange} (field {@code percent}) outside 0-100 */
  public static int progress(Integer percent) {
    if (percent == null || percent < 0 || percent > 100) {
      throw new BusinessException(field("percent"), "forms.plan.progressOutOfRange", percent == null ? "-" : percent);
    }
    return percent;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
