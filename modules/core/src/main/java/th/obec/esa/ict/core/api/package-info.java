/**
 * What core offers the other modules besides the audit trail (which is {@code platform}'s
 * {@code AuditTrail}): the list of the office's directory accounts, read with the configured
 * attribute map, for the organisation's directory matching ({@link th.obec.esa.ict.core.api.DirectoryAccounts});
 * and the people of the directory with their mail address and roles ({@link th.obec.esa.ict.core.api.People}),
 * for the notifications. A consumer injects the interface; its tests may give a double of it.
 */
package th.obec.esa.ict.core.api;
