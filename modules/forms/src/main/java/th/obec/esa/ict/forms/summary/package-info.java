/** F10 summaries of work for a month or a fiscal year, computed from the recorded forms. */
package th.obec.esa.ict.forms.summary;
