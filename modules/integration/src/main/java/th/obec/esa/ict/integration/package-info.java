/**
 * The composition root of the EJB modules: each module names what it needs from the others as a
 * port of its own (delegation's {@code OrganizationPort}, forms' {@code ApprovalAuthority}, …), and
 * the adapters here answer those ports from the other modules' public APIs. The modules stay
 * independent of one another and testable with their own test doubles.
 *
 * <p>The adapters hold a few rules of their own: who heads a unit and who is above whom
 * ({@link th.obec.esa.ict.integration.Heads}, over plain lookups), the titles printed for heads
 * ({@link th.obec.esa.ict.integration.Titles}), the letter-prefix fallback, the state groups of the
 * work processes' cases. They are package-private functions with plain inputs, unit-tested without
 * a container in {@code src/test} (an in-memory office there, {@code Organisation}).
 */
package th.obec.esa.ict.integration;
