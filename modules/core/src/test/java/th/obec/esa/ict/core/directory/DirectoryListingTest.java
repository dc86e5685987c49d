package th.obec.esa.ict.core.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.core.api.DirectoryAccount;
import th.obec.esa.ict.core.api.DirectoryListing;

/**
 * Listing the accounts for directory matching with the two attribute maps an office has: an
 * OpenLDAP tree (uid, givenName/sn in Thai, ppolicy's pwdAccountLockedTime) and an Active Directory
 * shape (sAMAccountName, displayName, userAccountControl). A real LDAP server (UnboundID in memory)
 * evaluates the filters; it does not know AD's bitwise matching rule, so the AD case uses the
 * equality filter of a disabled normal account (514) that AD's own rule also matches.
 */
class DirectoryListingTest {

  private InMemoryDirectoryServer server;

  private DirectoryService serviceFor(String ldif, DirectoryConfig config) throws Exception {
    InMemoryDirectoryServerConfig c = new InMemoryDirectoryServerConfig("dc=office,dc=local");
    c.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
    c.setSchema(null);
    server = new InMemoryDirectoryServer(c);
    server.importFromLDIF(true, new com.unboundid.ldif.LDIFReader(new java.io.ByteArrayInputStream(
        ldif.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    server.startListening();
    DirectoryService service = new DirectoryService();
    service.useConfig(new DirectoryConfig("ldap://localhost:" + server.getListenPort(), null, null,
        "ou=Users,dc=office,dc=local", config.userFilter(), "ou=Groups,dc=office,dc=local", "(member={0})",
        config.uidAttribute(), config.nameAttribute(), "displayName;lang-en", Map.of(), 3000, false,
        config.givenNameAttribute(), config.familyNameAttribute(), config.accountFilter(), config.disabledFilter()));
    return service;
  }

  private static DirectoryConfig map(String uidAttr, String accountFilter, String disabledFilter) {
    return new DirectoryConfig(null, null, null, null, "(" + uidAttr + "={0})", null, null, uidAttr, "displayName",
        null, Map.of(), 0, false, "givenName", "sn", accountFilter, disabledFilter);
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.shutDown(true);
    }
  }

  private static final String BASE = """
      dn: dc=office,dc=local
      objectClass: domain
      dc: office

      dn: ou=Users,dc=office,dc=local
      objectClass: organizationalUnit
      ou: Users

      """;

  @Test
  void anOpenLdapTreeWithThaiNamesAndALockedAccount() throws Exception {
    DirectoryService d = serviceFor(BASE + """
        dn: uid=k.kongchang,ou=Users,dc=office,dc=local
        objectClass: inetOrgPerson
        uid: k.kongchang
        cn: นางขวัญศิริ กองช่าง
        displayName: นางขวัญศิริ กองช่าง
        givenName: ขวัญศิริ
        sn: กองช่าง

        dn: uid=s.kotwichian,ou=Users,dc=office,dc=local
        objectClass: inetOrgPerson
        uid: s.kotwichian
        cn: นายสมชาย โกฎวิเชียร
        givenName: สมชาย
        sn: โกฎวิเชียร
        pwdAccountLockedTime: 000001010000Z

        dn: cn=printer,ou=Users,dc=office,dc=local
        objectClass: device
        cn: printer
        """, map("uid", "(objectClass=inetOrgPerson)", DirectoryConfig.OPENLDAP_DISABLED));
    DirectoryListing l = d.listAccounts();
    assertTrue(l.reachable(), l.problem());
    Map<String, DirectoryAccount> byUid = l.accounts().stream().collect(Collectors.toMap(DirectoryAccount::uid, a -> a));
    assertEquals(2, byUid.size(), "only persons, not the printer");
    DirectoryAccount k = byUid.get("k.kongchang");
    assertEquals("ขวัญศิริ", k.givenName());
    assertEquals("กองช่าง", k.familyName());
    assertEquals("นางขวัญศิริ กองช่าง", k.displayName());
    assertFalse(k.disabled());
    assertTrue(byUid.get("s.kotwichian").disabled(), "a locked account is disabled");
    assertEquals("นายสมชาย โกฎวิเชียร", byUid.get("s.kotwichian").displayName(), "cn when there is no displayName");
    d.close();
  }

  @Test
  void anActiveDirectoryShapeWithSamAccountNameAndUserAccountControl() throws Exception {
    DirectoryService d = serviceFor(BASE + """
        dn: cn=Khwansiri Kongchang,ou=Users,dc=office,dc=local
        objectClass: user
        objectCategory: person
        sAMAccountName: khwansiri.k
        displayName: ขวัญศิริ กองช่าง
        givenName: ขวัญศิริ
        sn: กองช่าง
        userAccountControl: 512

        dn: cn=Nanphat K,ou=Users,dc=office,dc=local
        objectClass: user
        objectCategory: person
        sAMAccountName: nanphat.k
        givenName: นันทน์ภัส
        sn: เกียรติมาพรศักดิ์
        userAccountControl: 514

        dn: cn=WS01,ou=Users,dc=office,dc=local
        objectClass: user
        objectClass: computer
        objectCategory: computer
        sAMAccountName: WS01$
        """, map("sAMAccountName", "(&(objectCategory=person)(objectClass=user))", "(userAccountControl=514)"));
    DirectoryListing l = d.listAccounts();
    assertTrue(l.reachable(), l.problem());
    Map<String, DirectoryAccount> byUid = l.accounts().stream().collect(Collectors.toMap(DirectoryAccount::uid, a -> a));
    assertEquals(java.util.Set.of("khwansiri.k", "nanphat.k"), byUid.keySet());
    assertFalse(byUid.get("khwansiri.k").disabled());
    assertTrue(byUid.get("nanphat.k").disabled());
    assertEquals("กองช่าง", byUid.get("khwansiri.k").familyName());
    d.close();
  }

  @Test
  void aBadFilterOrAnAbsentDirectoryIsReportedNotThrown() throws Exception {
    DirectoryService d = serviceFor(BASE, map("uid", "(objectClass=inetOrgPerson", "none"));
    DirectoryListing l = d.listAccounts();
    assertFalse(l.reachable());
    assertTrue(l.problem().contains("ict.ldap.account-filter"), l.problem());
    d.close();
    server.shutDown(true);
    DirectoryService away = new DirectoryService();
    away.useConfig(new DirectoryConfig("ldap://localhost:1", null, null, "ou=Users,dc=office,dc=local", "(uid={0})",
        "ou=Groups,dc=office,dc=local", "(member={0})", "uid", "displayName", null, Map.of(), 500, false, "givenName",
        "sn", "(objectClass=inetOrgPerson)", "none"));
    assertFalse(away.listAccounts().reachable());
  }
}
