/**
 * Answering an open evaluation: identified respondents once each (also enforced by the
 * database), anonymous public respondents of F20 once per browser, every item scored 1..5.
 */
package th.obec.esa.ict.evaluation.answer;
