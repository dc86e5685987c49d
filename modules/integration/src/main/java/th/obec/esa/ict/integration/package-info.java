/**
 * The composition root of the EJB modules: each module names what it needs from the others as a
 * port of its own (delegation's {@code OrganizationPort}, forms' {@code ApprovalAuthority}, …), and
 * the adapters here answer those ports from the other modules' public APIs. The modules stay
 * independent of one another and testable with their own test doubles.
 */
package th.obec.esa.ict.integration;
