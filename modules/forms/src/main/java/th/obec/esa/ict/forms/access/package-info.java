/**
 * F14 requests for access to an information system: the grant for a period that ends by itself,
 * the list of who has access to what, and the unit directors' periodic review.
 */
package th.obec.esa.ict.forms.access;
