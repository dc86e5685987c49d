/**
 * F13 แบบบันทึกการศึกษาวิเคราะห์ and F15 แบบรายงานผลการศึกษาวิเคราะห์ (process 12): a study of an
 * information system for management or learning, and the report printed from it for the director.
 */
package th.obec.esa.ict.records.study;
