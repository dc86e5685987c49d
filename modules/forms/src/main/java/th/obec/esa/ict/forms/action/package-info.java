/** F05 requests for the ICT group to carry out a job: what kind, where, by when. */
package th.obec.esa.ict.forms.action;
