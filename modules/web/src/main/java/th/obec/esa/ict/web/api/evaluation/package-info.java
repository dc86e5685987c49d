/** REST of the evaluations: building and opening one, answers, and the F12 report (JSON, PDF, XLSX). */
package th.obec.esa.ict.web.api.evaluation;
