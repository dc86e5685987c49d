/**
 * What core offers the other modules besides the audit trail (which is {@code platform}'s
 * {@code AuditTrail}): the list of the office's directory accounts, read with the configured
 * attribute map, for the organisation's directory matching.
 */
package th.obec.esa.ict.core.api;
