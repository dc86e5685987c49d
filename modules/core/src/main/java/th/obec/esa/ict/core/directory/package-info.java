/** The office's directory (LDAP / Active Directory): sign-in, people, groups; and its embedded default. */
package th.obec.esa.ict.core.directory;
