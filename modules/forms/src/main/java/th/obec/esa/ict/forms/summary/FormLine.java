package th.obec.esa.ict.forms.summary;

import java.math.BigDecimal;
import th.obec.esa.ict.forms.catalog.FormCode;

/**
 * One form's line of an F10 summary for the period.
 *
 * @param received filed (submitted) within the period
 * @param decided approved or rejected within the period
 * @param completed closed as done within the period
 * @param returned given back undone within the period
 * @param meanHoursToDecision mean hours from filing to the decision, of those decided in the period; null if none
 * @param meanDaysToClose mean days from filing to closing, of those closed in the period; null if none
 * @param maxDaysToClose the longest of those, null if none
 */
public record FormLine(FormCode form, String formName, int received, int decided, int completed, int returned,
    BigDecimal meanHoursToDecision, BigDecimal meanDaysToClose, BigDecimal maxDaysToClose) {}
