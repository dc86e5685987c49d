/** What the evaluation module asks of the rest of the application. */
package th.obec.esa.ict.evaluation.port;
