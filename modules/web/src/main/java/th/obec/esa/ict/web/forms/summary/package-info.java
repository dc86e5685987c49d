/** The F10 summary of work page. */
package th.obec.esa.ict.web.forms.summary;
