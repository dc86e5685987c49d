/** Running letter numbers ("ที่ ศธ 04086/123") per unit register and period, never given twice. */
package th.obec.esa.ict.forms.numbering;
