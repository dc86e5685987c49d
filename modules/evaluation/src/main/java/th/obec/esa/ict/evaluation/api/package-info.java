/**
 * What other modules read of the evaluations (the yearly report, the dashboards): stable, simple
 * records, no actor (the callers check who may see them).
 */
package th.obec.esa.ict.evaluation.api;
