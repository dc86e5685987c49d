package th.obec.esa.ict.reports.year;

import th.obec.esa.ict.reports.port.EvaluationLine;
import th.obec.esa.ict.platform.rating.Band;

/**
 * One evaluation on the F21.
 *
 * @param bandTh the evaluation module's band, or the one computed from the mean ({@link Band}); null without a mean
 */
public record EvaluationRow(EvaluationLine line, String bandTh, String bandEn) {}
