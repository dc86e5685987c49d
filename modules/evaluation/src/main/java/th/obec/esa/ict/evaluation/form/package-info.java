/**
 * Building an evaluation (sections of 5-level items, open questions, allowed respondent groups),
 * its validation rules and its life DRAFT → OPEN → CLOSED.
 */
package th.obec.esa.ict.evaluation.form;
