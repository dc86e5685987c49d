/**
 * What a request cost the database, for the budgets of issue 16: every request's SQL statements are
 * counted ({@code platform.diagnostics.SqlStatements}); with {@code ict.diagnostics.enabled=true}
 * (the system tests' domain, a benchmark) a page's count is kept for its session and shown at
 * {@code /diagnostics/sql}, and an API answer carries its count in the {@code X-Sql-Statements}
 * header. Off by default: a production server says nothing about its queries.
 */
package th.obec.esa.ict.web.diagnostics;
