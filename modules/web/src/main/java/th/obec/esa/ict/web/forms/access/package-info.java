/** Pages of F14 access requests, the access list and the unit directors' review. */
package th.obec.esa.ict.web.forms.access;
