package th.obec.esa.ict.core.directory;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * How the office's directory is reached and read. Every value comes from MicroProfile Config
 * ({@code ict.ldap.*}, overridable by environment variables such as {@code ICT_LDAP_URL}); the
 * defaults in {@code META-INF/microprofile-config.properties} fit the embedded directory.
 * An Active Directory uses {@code (sAMAccountName={0})} as the user filter and its own group names,
 * mapped to application roles with {@code ict.ldap.group-role-map}.
 *
 * <p>Directory matching (issue 18) lists every account under the user base that matches
 * {@code ict.ldap.account-filter} ({@code (objectClass=inetOrgPerson)}; AD:
 * {@code (&(objectCategory=person)(objectClass=user))}), reads the Thai given and family names from
 * {@code ict.ldap.given-name-attribute} / {@code family-name-attribute} ({@code givenName}, {@code sn})
 * and calls an account disabled when it also matches {@code ict.ldap.disabled-filter}
 * ({@link #OPENLDAP_DISABLED} by default, {@link #AD_DISABLED} for AD, {@code none} for no check).
 *
 * <p>{@code ict.ldap.writable} says whether the application may create accounts (F08) with its
 * bind account; it defaults to {@code ict.ldap.embedded}, so the embedded directory is writable and
 * an office's own directory is read-only unless the office configures it otherwise.
 */
public record DirectoryConfig(String url, String bindDn, String bindPassword, String userBase,
    String userFilter, String groupBase, String groupFilter, String uidAttribute, String nameAttribute,
    String englishNameAttribute, Map<String, String> groupRoleMap, int connectTimeoutMillis, boolean writable,
    String givenNameAttribute, String familyNameAttribute, String accountFilter, String disabledFilter) {

  /** The disabled filter of an OpenLDAP directory with the ppolicy overlay (a locked account). */
  public static final String OPENLDAP_DISABLED = "(pwdAccountLockedTime=*)";
  /** The disabled filter of an Active Directory: userAccountControl bit 2 (ACCOUNTDISABLE), bitwise AND. */
  public static final String AD_DISABLED = "(userAccountControl:1.2.840.113556.1.4.803:=2)";


  public static DirectoryConfig from(Config c) {
    return new DirectoryConfig(
        c.getValue("ict.ldap.url", String.class),
        c.getOptionalValue("ict.ldap.bind-dn", String.class).orElse(null),
        c.getOptionalValue("ict.ldap.bind-password", String.class).orElse(null),
        c.getValue("ict.ldap.user-base", String.class),
        c.getOptionalValue("ict.ldap.user-filter", String.class).orElse("(uid={0})"),
        c.getValue("ict.ldap.group-base", String.class),
        c.getOptionalValue("ict.ldap.group-filter", String.class).orElse("(member={0})"),
        c.getOptionalValue("ict.ldap.uid-attribute", String.class).orElse("uid"),
        c.getOptionalValue("ict.ldap.name-attribute", String.class).orElse("displayName"),
        c.getOptionalValue("ict.ldap.name-en-attribute", String.class).orElse("displayName;lang-en"),
        parseMap(c.getOptionalValue("ict.ldap.group-role-map", String.class)),
        c.getOptionalValue("ict.ldap.connect-timeout-ms", Integer.class).orElse(3000),
        c.getOptionalValue("ict.ldap.writable", Boolean.class)
            .orElse(c.getOptionalValue("ict.ldap.embedded", Boolean.class).orElse(false)),
        c.getOptionalValue("ict.ldap.given-name-attribute", String.class).orElse("givenName"),
        c.getOptionalValue("ict.ldap.family-name-attribute", String.class).orElse("sn"),
        c.getOptionalValue("ict.ldap.account-filter", String.class).orElse("(objectClass=inetOrgPerson)"),
        // "none" (or empty) turns the check off
        c.getOptionalValue("ict.ldap.disabled-filter", String.class).orElse(OPENLDAP_DISABLED));
  }

  /** "ICT Officers=ict-officer, Domain Users=staff" → a map from group name to role. */
  static Map<String, String> parseMap(Optional<String> text) {
    Map<String, String> map = new HashMap<>();
    text.ifPresent(t -> Arrays.stream(t.split(","))
        .map(String::trim)
        .filter(s -> s.contains("="))
        .forEach(s -> map.put(s.substring(0, s.indexOf('=')).trim(), s.substring(s.indexOf('=') + 1).trim())));
    return map;
  }

  /** The application role a directory group grants: mapped, or the group's own name. */
  public String roleOf(String group) {
    return groupRoleMap.getOrDefault(group, group);
  }
}
