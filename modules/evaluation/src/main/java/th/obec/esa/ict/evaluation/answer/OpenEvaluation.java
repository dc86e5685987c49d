package th.obec.esa.ict.evaluation.answer;

import th.obec.esa.ict.evaluation.form.EvaluationSummary;

/** An evaluation open to a person, and whether they have already answered it. */
public record OpenEvaluation(EvaluationSummary evaluation, boolean answered) {}
