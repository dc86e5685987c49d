/** The page importing last year's paper register of requests. */
package th.obec.esa.ict.web.forms.register;
