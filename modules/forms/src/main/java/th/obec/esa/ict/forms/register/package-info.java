/**
 * Importing last year's paper register of requests, so an office that switches from paper has
 * its history and its yearly report (F21) produced from data. The rules of a row are pure
 * ({@link th.obec.esa.ict.forms.register.RegisterRules}); the import is all-or-nothing
 * ({@link th.obec.esa.ict.forms.register.RegisterImportService}).
 */
package th.obec.esa.ict.forms.register;
