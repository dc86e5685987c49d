/**
 * The module's public face: the {@link th.obec.esa.ict.delegation.api.Authority} check every module
 * calls, and the {@link th.obec.esa.ict.delegation.api.OrganizationPort} it needs from the organisation.
 */
package th.obec.esa.ict.delegation.api;
