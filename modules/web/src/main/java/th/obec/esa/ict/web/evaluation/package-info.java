/**
 * Pages of the evaluations (F11, F18, F19, F20, F22): building one, answering it on a phone,
 * the public F20 page, and the F12 summary report.
 */
package th.obec.esa.ict.web.evaluation;
