/**
 * Rating-scale evaluations of the manual's forms F11, F18, F19, F20 and F22 (processes 11, 14,
 * 15 and 16), their answers, and the F12 summary report (แบบรายงานสรุปผลการประเมิน) computed
 * from the answers, never typed in again.
 */
package th.obec.esa.ict.evaluation;
