/** Test infrastructure: real PostgreSQL and LDAP servers started once per test JVM, and deployment builders. */
package th.obec.esa.ict.testing;
