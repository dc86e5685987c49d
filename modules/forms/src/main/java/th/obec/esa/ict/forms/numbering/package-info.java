/** Running letter numbers ("ที่ ศธ 04086/123"), one register per printed prefix and period, never given twice. */
package th.obec.esa.ict.forms.numbering;
