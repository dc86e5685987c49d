/** REST of the reports module: the F21 yearly report and the work processes' live cases. */
package th.obec.esa.ict.web.api.reports;
