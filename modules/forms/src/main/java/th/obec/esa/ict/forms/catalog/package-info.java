/** The 22 forms of the manual: their codes, names and the power that approves each. */
package th.obec.esa.ict.forms.catalog;
