/** REST for the F10 summary of work. */
package th.obec.esa.ict.web.api.forms.summary;
