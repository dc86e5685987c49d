/** The statistics of a 5-level rating scale as Thai evaluation reports give them: pure, unit-tested. */
package th.obec.esa.ict.evaluation.stats;
