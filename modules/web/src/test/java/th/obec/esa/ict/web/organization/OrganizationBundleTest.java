package th.obec.esa.ict.web.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.organization.importing.AnomalyCode;
import th.obec.esa.ict.organization.importing.Severity;
import th.obec.esa.ict.organization.order.OrderStatus;
import th.obec.esa.ict.organization.staff.StaffStatus;

/**
 * Every message key the organisation module can raise, and every key its pages use, has a Thai
 * and an English text: a missing one would show the raw key to a user.
 */
class OrganizationBundleTest {

  private static final Path I18N = Path.of("src/main/resources/th/obec/esa/ict/web/i18n");
  private static final Path PAGES = Path.of("src/main/webapp/organization");
  private static final Pattern PAGE_KEY = Pattern.compile("orgs\\['([a-zA-Z.]+)'\\]");

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(I18N.resolve(name), StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }

  @Test
  void everyImportFindingHasItsWhatAndDoneInBothLanguages() throws IOException {
    for (String bundle : List.of("organization.properties", "organization_th.properties")) {
      Properties p = load(bundle);
      for (AnomalyCode c : AnomalyCode.values()) {
        assertTrue(p.containsKey(c.key()), bundle + " lacks " + c.key());
        assertTrue(p.containsKey(c.actionKey()), bundle + " lacks " + c.actionKey());
      }
    }
  }

  @Test
  void everyKeyThePagesUseExists() throws IOException {
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.list(PAGES)) {
      for (Path f : files.toList()) {
        Matcher m = PAGE_KEY.matcher(Files.readString(f, StandardCharsets.UTF_8));
        while (m.find()) {
          String key = m.group(1);
          if (!key.endsWith(".")) {
            used.add(key);
          }
        }
      }
    }
    assertTrue(used.size() > 50);
    Properties th = load("organization_th.properties");
    Set<String> missing = new TreeSet<>(used);
    missing.removeAll(th.stringPropertyNames());
    assertEquals(Set.of(), missing);
  }

  @Test
  void statusTextsCoverEveryStatusTheEnumsKnow() throws IOException {
    Properties th = load("organization_th.properties");
    for (var s : StaffStatus.values()) {
      assertTrue(th.containsKey("organization.staff.status." + s.name()), s.name());
    }
    for (var s : OrderStatus.values()) {
      assertTrue(th.containsKey("organization.order.status." + s.name()), s.name());
    }
    for (var s : Severity.values()) {
      assertTrue(th.containsKey("organization.import.severity." + s.name()), s.name());
    }
  }

  @Test
  void theBusinessExceptionKeysOfTheModuleHaveTexts() throws IOException {
    Properties th = load("organization_th.properties");
    Properties en = load("organization.properties");
    for (String key : List.of("organization.notFound", "organization.edit.stale", "organization.import.rejected",
        "organization.order.supersede.self", "organization.order.supersede.otherOffice",
        "organization.order.supersede.notInForce", "organization.order.supersede.notLater",
        "organization.order.supersede.draft", "organization.order.revoke.notInForce",
        "organization.order.revoke.beforeStart", "organization.order.notDraft", "organization.standIn.self",
        "organization.staff.nameRequired", "organization.staff.uidTaken", "organization.duty.textRequired",
        "organization.duty.textTooLong")) {
      assertTrue(th.containsKey(key) && en.containsKey(key), key);
    }
  }
}
