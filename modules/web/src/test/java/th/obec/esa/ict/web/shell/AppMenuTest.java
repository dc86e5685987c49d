package th.obec.esa.ict.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.primefaces.model.menu.MenuElement;
import org.primefaces.model.menu.MenuItem;
import org.primefaces.model.menu.MenuModel;
import org.primefaces.model.menu.Submenu;
import th.obec.esa.ict.platform.security.Roles;
import th.obec.esa.ict.platform.time.ThaiDates;

class AppMenuTest {

  private static final Path WEBAPP = Path.of("src/main/webapp");

  private static List<MenuItem> links(MenuModel model) {
    List<MenuItem> out = new ArrayList<>();
    for (MenuElement e : model.getElements()) {
      if (e instanceof MenuItem i) {
        out.add(i);
      } else if (e instanceof Submenu s) {
        s.getElements().forEach(x -> out.add((MenuItem) x));
      }
    }
    return out;
  }

  private static List<String> urls(MenuModel model) {
    return links(model).stream().map(MenuItem::getUrl).toList();
  }

  @Test
  void everyEntryHasAThaiAndAnEnglishLabelAndEveryLinkAPage() throws Exception {
    for (AppMenu.Section s : AppMenu.MENU) {
      List<String> keys = new ArrayList<>(List.of(s.key()));
      s.items().forEach(i -> keys.add(i.key()));
      for (String key : keys) {
        String th = Messages.text(ThaiDates.THAI, key);
        String en = Messages.text(Locale.ENGLISH, key);
        assertNotEquals(key, th, "no Thai text for " + key);
        assertNotEquals(key, en, "no English text for " + key);
        assertNotEquals(th, en, key + " is not translated");
      }
      for (AppMenu.Item i : s.items()) {
        assertTrue(Files.isRegularFile(WEBAPP.resolve(i.path().substring(1))), i.path() + " is not a page");
        assertTrue(Roles.ALL.containsAll(i.roles()), i.roles() + " are not roles");
      }
    }
  }

  @Test
  void aMemberOfStaffSeesNeitherTheOfficersPagesNorTheTrafficRecord() {
    MenuModel staff = AppMenu.build(new AppMenu.Key(ThaiDates.THAI, Set.of(Roles.STAFF), "/ict"));
    List<String> urls = urls(staff);
    assertTrue(urls.contains("/ict/forms/inbox.xhtml"), urls.toString());
    assertTrue(urls.contains("/ict/index.xhtml"), urls.toString());
    for (String hidden : List.of("/ict/assets/new.xhtml", "/ict/forms/register.xhtml", "/ict/organization/import.xhtml",
        "/ict/reports/yearly.xhtml", "/ict/forms/access/review.xhtml", "/ict/traffic/search.xhtml")) {
      assertTrue(!urls.contains(hidden), hidden + " shown to staff");
    }
    MenuModel auditor = AppMenu.build(new AppMenu.Key(Locale.ENGLISH, Set.of(Roles.STAFF, Roles.AUDITOR), ""));
    assertTrue(urls(auditor).containsAll(List.of("/traffic/search.xhtml", "/reports/yearly.xhtml")));
    assertTrue(!urls(auditor).contains("/assets/new.xhtml"));
  }

  @Test
  void idsAreUniqueAndSetBeforeTheModelIsSharedAndTheBarsOwnMenusAreMarked() {
    MenuModel all = AppMenu.build(new AppMenu.Key(ThaiDates.THAI, Set.copyOf(Roles.ALL), ""));
    Set<String> ids = new HashSet<>();
    for (MenuElement e : all.getElements()) {
      assertTrue(e.getId().startsWith("_"), e.getId());
      assertTrue(ids.add(e.getId()), e.getId());
      if (e instanceof Submenu s) {
        for (MenuElement x : s.getElements()) {
          assertTrue(ids.add(x.getId()), x.getId());
        }
      }
    }
    int links = links(all).size();
    assertEquals(AppMenu.MENU.stream().mapToInt(s -> Math.max(1, s.items().size())).sum(), links);
  }

  @Test
  void oneModelIsBuiltPerLanguageAndSetOfRoles() {
    AppMenu menu = new AppMenu();
    MenuModel a = menu.modelFor(ThaiDates.THAI, Set.of(Roles.STAFF, Roles.DIRECTOR), "");
    assertSame(a, menu.modelFor(ThaiDates.THAI, new java.util.LinkedHashSet<>(List.of(Roles.DIRECTOR, Roles.STAFF)), ""));
    assertNotEquals(a, menu.modelFor(Locale.ENGLISH, Set.of(Roles.STAFF, Roles.DIRECTOR), ""));
    assertEquals("หน้าหลัก", links(a).get(0).getValue());
  }
}
