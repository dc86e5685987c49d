/** F02 requests to use or draw materials and equipment: their lines. */
package th.obec.esa.ict.forms.use;
