/** Pages of F06 (specification against the reference prices) and F07 (comparison of offers). */
package th.obec.esa.ict.web.forms.spec;
