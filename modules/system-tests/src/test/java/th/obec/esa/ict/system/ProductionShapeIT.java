package th.obec.esa.ict.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 on the production shape: the built EAR on a Payara Server domain of its own
 * ({@code it-domain.sh start-production}), started as an office starts it, with no demo mode, on a
 * real PostgreSQL (zonky's binaries) and an office's own directory (an LDAP server laid out as an
 * OpenLDAP one: {@code production-directory.ldif}), whose uids are not the demo's and whose groups
 * carry the office's names. Nothing of the demo is in it: no demo uid in the database, no demo
 * account, no embedded directory. The organisation administrator matches the staff of order
 * 275/2561 with the directory; นางขวัญศิริ กองช่าง, proposed by her name, signs in as
 * {@code k.kongchang} and finds her position and her stand-in duty on her page; and a repair request
 * goes the acting flow with the directory's uids: reviewed by her, approved by the group's director
 * for the area director under a delegation. The methods run in order (one class, one server): each
 * step builds on the matching.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class ProductionShapeIT {

  private static final String BASE_DN = "dc=office,dc=local";
  private static final String SERVICE_PASSWORD = "svc-Intranet-2569";
  /** Staff ids of order 275/2561 in the reference data (V2_2). */
  private static final long KHWANSIRI = 5;
  private static final List<String> DEMO_UIDS =
      List.of("director", "wiparat", "nanphat", "khwansiri", "somchai", "sinlapachai");

  private static EmbeddedPostgres postgres;
  private static InMemoryDirectoryServer directory;
  private static URI base;
  private static boolean started;

  @BeforeAll
  static void startTheOfficesServer() throws Exception {
    Path work = Path.of(System.getProperty("ict.it.productionDir", "target/it-production"));
    Files.createDirectories(work);
    postgres = EmbeddedPostgres.builder()
        .setOverrideWorkingDirectory(Files.createTempDirectory(work, "pg").toFile())
        .setCleanDataDirectory(true)
        .setPGStartupWait(java.time.Duration.ofSeconds(60))
        .start();
    try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE ROLE ict LOGIN PASSWORD 'ict-Production-2569'");
      s.execute("CREATE DATABASE ict OWNER ict ENCODING 'UTF8'");
    }

    InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE_DN);
    config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
    config.setSchema(null);
    directory = new InMemoryDirectoryServer(config);
    try (var ldif = ProductionShapeIT.class.getResourceAsStream("/production-directory.ldif")) {
      directory.importFromLDIF(true, new com.unboundid.ldif.LDIFReader(ldif));
    }
    directory.startListening();

    int portbase = Integer.getInteger("ict.it.portbase", 28000) + 500;
    Map<String, String> env = new HashMap<>();
    env.put("ICT_DB_CLASS", "org.postgresql.ds.PGSimpleDataSource");
    env.put("ICT_DB_URL", "jdbc:postgresql://localhost:" + postgres.getPort() + "/ict");
    env.put("ICT_DB_USER", "ict");
    env.put("ICT_DB_PASSWORD", "ict-Production-2569");
    env.put("ICT_LDAP_URL", "ldap://localhost:" + directory.getListenPort("ldap"));
    env.put("ICT_LDAP_BIND_DN", "cn=svc-intranet,ou=Services," + BASE_DN);
    env.put("ICT_LDAP_BIND_PASSWORD", SERVICE_PASSWORD);
    env.put("ICT_LDAP_USER_BASE", "ou=Users," + BASE_DN);
    env.put("ICT_LDAP_USER_FILTER", "(uid={0})");
    env.put("ICT_LDAP_UID_ATTRIBUTE", "uid");
    env.put("ICT_LDAP_NAME_ATTRIBUTE", "displayName");
    env.put("ICT_LDAP_NAME_EN_ATTRIBUTE", "description");
    env.put("ICT_LDAP_GIVEN_NAME_ATTRIBUTE", "givenName");
    env.put("ICT_LDAP_FAMILY_NAME_ATTRIBUTE", "sn");
    env.put("ICT_LDAP_GROUP_BASE", "ou=Groups," + BASE_DN);
    env.put("ICT_LDAP_GROUP_FILTER", "(member={0})");
    env.put("ICT_LDAP_ACCOUNT_FILTER", "(objectClass=inetOrgPerson)");
    env.put("ICT_LDAP_DISABLED_FILTER", "(pwdAccountLockedTime=*)");
    env.put("ICT_LDAP_GROUP_ROLE_MAP", "Staff=staff,Area Directors=director,Unit Directors=unit-director,"
        + "ICT Officers=ict-officer,Intranet Admins=org-admin,Auditors=auditor");
    env.put("ICT_LDAP_WRITABLE", "false");
    env.put("ICT_TRAFFIC_CHAIN_KEY", "production-shape-" + Long.toHexString(System.nanoTime()) + "-0123456789abcdef");
    env.put("ICT_HTTP_TRUSTED_PROXIES", "127.0.0.1");
    env.put("ICT_DIRECTORY_SYNC_ENABLED", "true");

    ProcessBuilder pb = new ProcessBuilder("bash", System.getProperty("ict.it.domainScript"), "start-production",
        System.getProperty("ict.it.payara"), Integer.toString(portbase), work.resolve("data").toAbsolutePath().toString(),
        System.getProperty("ict.it.ear"));
    pb.environment().putAll(env);
    pb.redirectErrorStream(true).redirectOutput(work.resolve("domain.log").toFile());
    Process p = pb.start();
    started = true;
    if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new AssertionError("the production-shape domain did not start:\n"
          + Files.readString(work.resolve("domain.log"), StandardCharsets.UTF_8));
    }
    base = URI.create("http://localhost:" + (portbase + 80) + "/");
  }

  @AfterAll
  static void stopIt() throws Exception {
    if (started) {
      new ProcessBuilder(System.getProperty("ict.it.payara") + "/bin/asadmin", "stop-domain", "ict-prod")
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(120, TimeUnit.SECONDS);
    }
    if (directory != null) {
      directory.shutDown(true);
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  private static String password(String uid) {
    return "Office-2569!" + uid;
  }

  private static Rest as(String uid) {
    return Rest.as(base, uid, password(uid));
  }

  private static List<String> uidsInTheDatabase() throws Exception {
    List<String> uids = new ArrayList<>();
    try (Connection c = postgres.getDatabase("ict", "ict").getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT directory_uid FROM org_staff WHERE directory_uid IS NOT NULL ORDER BY id")) {
      while (r.next()) {
        uids.add(r.getString(1));
      }
    }
    return uids;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> rows(Map<String, Object> matches, String list) {
    return (List<Map<String, Object>>) matches.get(list);
  }

  @SuppressWarnings("unchecked")
  private static long staffId(Map<String, Object> row) {
    return ((Number) ((Map<String, Object>) row.get("staff")).get("staffId")).longValue();
  }

  @SuppressWarnings("unchecked")
  private static String accountUid(Map<String, Object> row) {
    return (String) ((Map<String, Object>) row.get("account")).get("uid");
  }

  @Test
  @org.junit.jupiter.api.Order(1)
  void aProductionStartHasNoDemoUidNoDemoAccountAndTheOfficeMatchesItsStaff() throws Exception {
    assertEquals(List.of(), uidsInTheDatabase(), "a production start links nobody to an account by itself");
    HttpResponse<String> demo = Rest.as(base, "khwansiri").get("api/staff/" + KHWANSIRI);
    assertEquals(401, demo.statusCode(), "no demo account answers: " + demo.body());

    Rest admin = as("w.kwaonueng");
    assertEquals(403, as("k.kongchang").get("api/directory/matches").statusCode(), "not hers to match");
    Map<String, Object> m = admin.getOk("api/directory/matches");
    assertEquals(Boolean.TRUE, m.get("directoryReachable"), m.toString());
    assertTrue(rows(m, "matched").isEmpty(), "nobody matched by uid on a production start: " + rows(m, "matched"));
    Map<String, Object> khwansiri = rows(m, "proposed").stream().filter(r -> staffId(r) == KHWANSIRI).findFirst()
        .orElseThrow(() -> new AssertionError("นางขวัญศิริ กองช่าง is not proposed: " + m));
    assertEquals("k.kongchang", accountUid(khwansiri));
    assertEquals("NAME", khwansiri.get("basis"));

    Map<String, Object> accepted = admin.postOk("api/directory/matches/accept",
        Map.of("staffId", KHWANSIRI, "uid", "k.kongchang"));
    assertEquals(Boolean.TRUE, accepted.get("changed"), accepted.toString());
    List<Object> all = Rest.list(admin.post("api/directory/matches/accept-exact", Map.of()).body());
    assertEquals(5, all.size(), "the other five of the directory, each by its exact name: " + all);
    assertEquals(List.of("p.thipphimonrat", "w.kwaonueng", "n.kiatmaphonsak", "k.kongchang", "s.kotwichian",
        "s.phueakkham"), uidsInTheDatabase());
    assertTrue(uidsInTheDatabase().stream().noneMatch(DEMO_UIDS::contains));
  }

  @Test
  @org.junit.jupiter.api.Order(2)
  void khwansiriSignsInWithHerOwnAccountAndHerPageShowsHerPositionAndHerStandInDuty() throws Exception {
    Http her = Http.signedIn(base, "k.kongchang", password("k.kongchang"));
    String home = her.get("").body();
    // her name on every page's bar leads to her own page
    java.util.regex.Matcher link = java.util.regex.Pattern
        .compile("<a[^>]*id=\"currentUserName\"[^>]*href=\"([^\"]+)\"[^>]*>([^<]*)</a>").matcher(home);
    assertTrue(link.find(), "her name is a link to her page: " + home);
    assertTrue(link.group(2).contains("ขวัญศิริ"), link.group(2));
    assertTrue(link.group(1).endsWith("/organization/person.xhtml?id=" + KHWANSIRI), link.group(1));
    HttpResponse<String> page = her.get(link.group(1).substring(1));
    assertEquals(200, page.statusCode());
    String text = page.body().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    assertTrue(text.contains("อ 34") || text.contains("อ ๓๔"), "her position number อ 34 on her page: " + text);
    assertTrue(text.contains("1.10") || text.contains("๑.๑๐"), "her stand-in duty 1.10 on her page: " + text);
    assertTrue(text.contains("นันทน์ภัส"), "for whom she stands in: " + text);
  }

  @Test
  @org.junit.jupiter.api.Order(3)
  void aRepairRequestIsReviewedByHerAndApprovedForTheAreaDirectorUnderADelegation() throws Exception {
    Rest panor = as("p.thipphimonrat");
    Map<String, Object> d = new HashMap<>();
    d.put("delegatorUid", "p.thipphimonrat");
    d.put("delegateKind", "PERSON");
    d.put("delegateRef", "n.kiatmaphonsak");
    d.put("powers", List.of("APPROVE_REPAIR"));
    d.put("ceiling", 10000);
    d.put("unitCode", "CHUMPHON-1");
    d.put("from", OffsetDateTime.now(Fixtures.BANGKOK).minusMinutes(5).toString());
    d.put("until", OffsetDateTime.now(Fixtures.BANGKOK).plusDays(30).toString());
    d.put("basisOrder", "101/2569");
    d.put("redelegable", false);
    panor.postOk("api/delegations", d);

    Map<String, Object> body = new HashMap<>();
    body.put("form", "F03");
    body.put("subject", "แจ้งซ่อมเครื่องพิมพ์ ห้องธุรการ");
    body.put("body", "ขอให้กลุ่ม ICT ตรวจสอบและซ่อมแซม");
    body.put("amount", 3500);
    body.put("describedItem", "เครื่องพิมพ์เลเซอร์");
    body.put("location", "ห้องธุรการ");
    body.put("symptoms", "กระดาษติด");
    long id = ((Number) as("s.kotwichian").postOk("api/forms/submissions", body).get("id")).longValue();
    as("k.kongchang").postOk("api/forms/submissions/" + id + "/review", Map.of("comment", "ตรวจแล้ว"));
    Rest nanphat = as("n.kiatmaphonsak");
    assertEquals("REVIEWED", nanphat.getOk("api/forms/submissions/" + id).get("state"));
    HttpResponse<String> notHers = as("k.kongchang").post("api/forms/submissions/" + id + "/approve",
        Map.of("actingFor", "p.thipphimonrat"));
    assertTrue(notHers.statusCode() == 403 || notHers.statusCode() == 422, notHers.body());

    Map<String, Object> approved = nanphat.postOk("api/forms/submissions/" + id + "/approve",
        Map.of("actingFor", "p.thipphimonrat"));
    assertEquals("APPROVED", approved.get("state"), approved.toString());
    String pdf = Documents.pdfText(nanphat.getBytes("api/forms/submissions/" + id + "/pdf?thaiDigits=false"),
        "production-shape-" + id);
    String squeezed = pdf.replaceAll("\\s+", "");
    assertTrue(squeezed.contains("ปฏิบัติราชการแทน"), "the acting wording in:\n" + pdf);
    assertTrue(squeezed.contains("นันทน์ภัส") && squeezed.contains("พนอ"), "who acted for whom in:\n" + pdf);

    Map<String, Object> sync = as("w.kwaonueng").postOk("api/directory/sync", Map.of());
    assertEquals("DONE", sync.get("outcome"), sync.toString());
    assertEquals(6, uidsInTheDatabase().size(), "the nightly sync keeps every link: " + uidsInTheDatabase());
  }
}
