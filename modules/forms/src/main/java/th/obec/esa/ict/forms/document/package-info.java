/** The official memo (บันทึกข้อความ) every submission prints as, in Thai with a Sarabun-like font. */
package th.obec.esa.ict.forms.document;
