/** REST import of last year's paper register of requests. */
package th.obec.esa.ict.web.api.forms.register;
