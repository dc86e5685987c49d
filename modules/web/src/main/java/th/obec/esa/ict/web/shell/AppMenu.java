package th.obec.esa.ict.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.DefaultSubMenu;
import org.primefaces.model.menu.MenuModel;
import th.obec.esa.ict.platform.security.Roles;

/**
 * The menu bar, as one menu model per language and set of roles, built on first use and then
 * shared. As Facelets tags the menu was about forty components built, evaluated and saved in
 * every page's state on every request (more than half of a page's markup, and most of the time of
 * the home page, bench/pages); as a model it is labels and plain links worked out once.
 *
 * <p>Who sees what: an entry with roles is shown to a user holding any of them; the services
 * refuse the others anyway (the menu only keeps them from pages they cannot use).
 */
@Named
@ApplicationScoped
public class AppMenu {

  /** The menu, in the bar's order. */
  static final List<Section> MENU = List.of(
      new Section("menu.home", "pi pi-home", Set.of(), List.of()),
      new Section("organization.menu", "pi pi-sitemap", Set.of(), List.of(
          item("organization.chart.title", "/organization/chart.xhtml", "pi pi-sitemap"),
          item("organization.staff.title", "/organization/staff.xhtml", "pi pi-users"),
          item("organization.duties.title", "/organization/duties.xhtml", "pi pi-search"),
          item("organization.orders.title", "/organization/orders.xhtml", "pi pi-file"),
          item("organization.processes.title", "/organization/processes.xhtml", "pi pi-book"),
          item("organization.office.title", "/organization/office.xhtml", "pi pi-building"),
          item("organization.import.title", "/organization/import.xhtml", "pi pi-upload", Roles.ORG_ADMIN),
          item("organization.directory.title", "/organization/directory.xhtml", "pi pi-id-card", Roles.ORG_ADMIN))),
      new Section("forms.menu", "pi pi-file-edit", Set.of(), List.of(
          item("forms.mine.title", "/forms/mine.xhtml", "pi pi-list"),
          item("forms.inbox.title", "/forms/inbox.xhtml", "pi pi-inbox"),
          item("forms.new.title", "/forms/new.xhtml", "pi pi-plus"),
          item("forms.plan.list.title", "/forms/plans/list.xhtml", "pi pi-calendar"),
          item("forms.spec.f06.title", "/forms/spec/f06.xhtml", "pi pi-list-check"),
          item("forms.spec.f07.title", "/forms/spec/f07.xhtml", "pi pi-table"),
          item("forms.account.request.title", "/forms/account/request.xhtml", "pi pi-user-plus"),
          item("forms.account.list.title", "/forms/account/list.xhtml", "pi pi-users", Roles.ICT_OFFICER),
          item("forms.access.request.title", "/forms/access/request.xhtml", "pi pi-key"),
          item("forms.access.list.title", "/forms/access/list.xhtml", "pi pi-lock"),
          item("forms.access.review.title", "/forms/access/review.xhtml", "pi pi-check-square",
              Roles.UNIT_DIRECTOR, Roles.DIRECTOR),
          item("forms.summary.title", "/forms/summary/view.xhtml", "pi pi-chart-bar"),
          item("forms.register.menu", "/forms/register.xhtml", "pi pi-upload", Roles.ICT_OFFICER))),
      new Section("reports.menu", "pi pi-chart-line", Set.of(), List.of(
          item("evaluation.menu.list", "/evaluation/list.xhtml", "pi pi-star"),
          item("reports.processes.title", "/reports/processes.xhtml", "pi pi-sitemap"),
          item("reports.yearly.title", "/reports/yearly.xhtml", "pi pi-book",
              Roles.ICT_OFFICER, Roles.DIRECTOR, Roles.UNIT_DIRECTOR, Roles.AUDITOR),
          item("records.page.rounds.title", "/records/rounds.xhtml", "pi pi-database",
              Roles.ICT_OFFICER, Roles.DIRECTOR, Roles.UNIT_DIRECTOR, Roles.AUDITOR),
          item("records.page.studies.title", "/records/studies.xhtml", "pi pi-search"),
          item("records.page.improvements.title", "/records/improvements.xhtml", "pi pi-wrench"))),
      new Section("assets.menu", "pi pi-box", Set.of(), List.of(
          item("assets.list.title", "/assets/list.xhtml", "pi pi-list"),
          item("assets.new.title", "/assets/new.xhtml", "pi pi-plus", Roles.ICT_OFFICER),
          item("assets.catalog.title", "/assets/catalog.xhtml", "pi pi-book"),
          item("assets.import.title", "/assets/import.xhtml", "pi pi-upload", Roles.ICT_OFFICER))),
      new Section("delegation.menu", "pi pi-user-edit", Set.of(), List.of(
          item("delegation.whoActs.title", "/delegation/who-acts.xhtml", "pi pi-users"),
          item("delegation.absences.title", "/delegation/absences.xhtml", "pi pi-calendar"),
          item("delegation.delegations.title", "/delegation/delegations.xhtml", "pi pi-key"),
          item("delegation.record.title", "/delegation/record.xhtml", "pi pi-list"))),
      // the traffic record is for auditors only (the services refuse everyone else)
      new Section("traffic.menu", "pi pi-shield", Set.of(Roles.AUDITOR), List.of(
          item("traffic.search.title", "/traffic/search.xhtml", "pi pi-search"),
          item("traffic.verify.title", "/traffic/verify.xhtml", "pi pi-check-circle"),
          item("traffic.extensions.title", "/traffic/extensions.xhtml", "pi pi-calendar-plus"))));

  private final Map<Key, MenuModel> built = new ConcurrentHashMap<>();

  @Inject
  private CurrentUser user;

  @Inject
  private LocaleBacking locale;

  @Inject
  private HttpServletRequest request;

  /** The signed-in user's menu in their language. */
  public MenuModel getModel() {
    return modelFor(locale.getCurrent(), user.getRoles(), request.getContextPath());
  }

  MenuModel modelFor(Locale language, Set<String> roles, String contextPath) {
    return built.computeIfAbsent(new Key(language, Set.copyOf(roles), contextPath), AppMenu::build);
  }

  /**
   * A model for one language and set of roles. Every element gets its id here, before the model is
   * shared: the renderer only reads it afterwards (PrimeFaces names elements it finds without one).
   * A top-level element's id starts with "_", as PrimeFaces' own ids do: the menu bar draws a
   * downward arrow for those.
   */
  static MenuModel build(Key key) {
    DefaultMenuModel model = new DefaultMenuModel();
    for (Section s : MENU) {
      if (!s.visibleTo(key.roles())) {
        continue;
      }
      String id = "_menu-" + s.key().replace('.', '-');
      if (s.items().isEmpty()) {
        model.getElements().add(DefaultMenuItem.builder().id(id).value(Messages.text(key.language(), s.key()))
            .url(key.contextPath() + "/index.xhtml").icon(s.icon()).build());
        continue;
      }
      DefaultSubMenu sub = DefaultSubMenu.builder().id(id).label(Messages.text(key.language(), s.key()))
          .icon(s.icon()).build();
      for (Item i : s.items()) {
        if (i.visibleTo(key.roles())) {
          sub.getElements().add(DefaultMenuItem.builder().id("menu-" + i.key().replace('.', '-'))
              .value(Messages.text(key.language(), i.key())).url(key.contextPath() + i.path()).icon(i.icon()).build());
        }
      }
      model.getElements().add(sub);
    }
    return model;
  }

  private static Item item(String key, String path, String icon, String... roles) {
    return new Item(key, path, icon, Set.of(roles));
  }

  /** A menu of the bar (or, without items, a link on the bar itself); shown to holders of any of its roles, or to all. */
  record Section(String key, String icon, Set<String> roles, List<Item> items) {
    boolean visibleTo(Set<String> held) {
      return visible(roles, held);
    }
  }

  /** A page in a menu; shown to holders of any of its roles, or to all when it names none. */
  record Item(String key, String path, String icon, Set<String> roles) {
    boolean visibleTo(Set<String> held) {
      return visible(roles, held);
    }
  }

  private static boolean visible(Set<String> roles, Set<String> held) {
    return roles.isEmpty() || roles.stream().anyMatch(held::contains);
  }

  record Key(Locale language, Set<String> roles, String contextPath) {}
}
