/**
 * What the reports module reads from the other modules. The reports module has no tables: every
 * figure of the F21 and every live case of a work process comes through these interfaces, which
 * the integration module implements over forms, evaluation, records and organization. Ports
 * deliver counts and lines as recorded; every derived figure (totals, percentages, sentences) is
 * computed here, so that nothing on a report is typed.
 */
package th.obec.esa.ict.reports.port;
