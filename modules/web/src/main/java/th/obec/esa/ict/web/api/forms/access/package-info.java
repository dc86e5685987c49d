/** REST for F14 access requests, the access list and its review. */
package th.obec.esa.ict.web.api.forms.access;
