/** The shell every page lives in: template, signed-in user, language, Buddhist-era dates. */
package th.obec.esa.ict.web.shell;
