/** Delegations of authority (มอบอำนาจ): create, list, revoke with a reason. */
package th.obec.esa.ict.delegation.grant;
