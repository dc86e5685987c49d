/** What the application measures of itself: the SQL statements of a request. */
package th.obec.esa.ict.platform.diagnostics;
