/**
 * The F12 summary report (แบบรายงานสรุปผลการประเมิน) computed from the answers: the view a page
 * shows, the printed A4 report and the workbook whose means and SDs are live spreadsheet formulas.
 */
package th.obec.esa.ict.evaluation.report;
