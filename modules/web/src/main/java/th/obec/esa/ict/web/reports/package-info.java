/** Pages of the reports module: the F21 yearly report and each work process's live cases. */
package th.obec.esa.ict.web.reports;
