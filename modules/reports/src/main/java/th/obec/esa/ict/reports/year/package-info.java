/**
 * The F21, แบบรายงานสรุปผลการดำเนินงานในรอบปี: the ICT group's yearly work summary for one fiscal
 * year, assembled from what the other modules recorded (through the ports) and printed as a PDF an
 * office would submit, with an XLSX of the same figures. Every figure, total, percentage and
 * sentence is computed here ({@link th.obec.esa.ict.reports.year.YearReports}); the only typed
 * parts are the officer's optional problems and suggestions.
 */
package th.obec.esa.ict.reports.year;
