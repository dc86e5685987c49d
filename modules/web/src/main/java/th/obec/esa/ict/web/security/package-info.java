/** Sign-in: the login form for pages, HTTP Basic for {@code /api/*}, both against the directory. */
package th.obec.esa.ict.web.security;
