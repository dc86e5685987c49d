package th.obec.esa.ict.core.api;

import java.io.Serializable;

/**
 * One person's account as the office's directory lists it, read through the configured attribute
 * map ({@code ict.ldap.uid-attribute}, {@code name-attribute}, {@code given-name-attribute},
 * {@code family-name-attribute}). {@code disabled}: the account matches the configured disabled
 * filter ({@code ict.ldap.disabled-filter}: AD's userAccountControl bit 2, OpenLDAP's
 * pwdAccountLockedTime, …). Names may be null when the directory does not hold them.
 */
public record DirectoryAccount(String uid, String dn, String displayName, String givenName, String familyName,
    boolean disabled) implements Serializable {}
