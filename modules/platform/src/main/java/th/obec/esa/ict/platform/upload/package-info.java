/**
 * Reading uploaded files safely: a row limit for every upload ({@code ict.upload.max-rows}) and
 * an XLSX reader that streams the sheet instead of building the whole workbook in memory.
 */
package th.obec.esa.ict.platform.upload;
