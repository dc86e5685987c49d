package th.obec.esa.ict.forms.summary;

import java.math.BigDecimal;
import th.obec.esa.ict.forms.catalog.FormCode;

/**
 * The requests of one form filed in a period and where they stand now: approved counts every one
 * that passed approval (approved, in progress or done), returned counts the withdrawn too.
 *
 * @param meanDaysToClose from filing to closing, over every closed one (done, rejected, returned or
 *     withdrawn); null when none is closed
 */
public record OutcomeLine(FormCode form, int received, int approved, int rejected, int returned, int completed,
    int inProgress, BigDecimal meanDaysToClose) {}
