/**
 * Import of an order from a file an office can produce (CSV or XLSX, one row per duty line):
 * reading, checking and resolving it with a report of every anomaly, then saving all or nothing.
 */
package th.obec.esa.ict.organization.importing;
