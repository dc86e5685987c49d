package th.obec.esa.ict.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.util.Set;

/**
 * The module rules of docs/architecture.md, checked on the compiled classes of every module
 * (main classes only; this module's class path holds each module's jar and web's classes).
 *
 * <p>A module is the package segment after {@code th.obec.esa.ict}: {@code forms},
 * {@code web}, {@code integration}, … {@code platform} is the shared library below all and may
 * be used from anywhere. Rules that do not hold yet are frozen ({@link FreezingArchRule}): the
 * violations they had when frozen are in {@code src/test/resources/archunit_store}; a new one
 * fails, and one that is fixed is removed from the store by the next run (commit the store with
 * the fix). See docs/testing.md, "Architecture rules".
 */
@AnalyzeClasses(packages = "th.obec.esa.ict", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleRulesTest {

  private static final String ROOT = "th.obec.esa.ict.";

  /** The shared library: its packages are public to every module. */
  private static final String PLATFORM = "platform";

  /** Packages a module offers to the others: its API, and (today) the ports it asks others to answer. */
  private static final Set<String> CROSSING = Set.of("api", "port");

  @ArchTest
  static final ArchRule modules_are_free_of_cycles =
      slices()
          .matching("th.obec.esa.ict.(*)..")
          .namingSlices("module $1")
          .should()
          .beFreeOfCycles()
          .because("modules depend on each other in one acyclic order (core and platform below all)");

  @ArchTest
  static final ArchRule web_does_not_use_jpa =
      noClasses()
          .that()
          .resideInAPackage("th.obec.esa.ict.web..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("jakarta.persistence..")
          .because("web has no persistence of its own; it works with the modules' records");

  @ArchTest
  static final ArchRule entities_stay_in_their_module =
      classes()
          .that()
          .areAnnotatedWith(Entity.class)
          .or()
          .areAnnotatedWith(Embeddable.class)
          .or()
          .areAnnotatedWith(MappedSuperclass.class)
          .should(beUsedOnlyInsideTheirModule())
          .because("an entity never leaves its module: others keep its id and read records");

  /** Frozen: integration's adapters and web use internal packages (services, entities' records). */
  @ArchTest
  static final ArchRule only_api_and_port_packages_cross_modules =
      FreezingArchRule.freeze(
          classes()
              .should(useOtherModulesOnlyThrough(CROSSING))
              .because("a module offers its api package (and its ports) and keeps the rest to itself"));

  /** Frozen: web calls about 30 concrete services outside the modules' api packages. */
  @ArchTest
  static final ArchRule web_uses_only_api_packages =
      FreezingArchRule.freeze(
          classes()
              .that()
              .resideInAPackage("th.obec.esa.ict.web..")
              .should(useOtherModulesOnlyThrough(Set.of("api")))
              .because("pages and REST resources call the modules through their api only"));

  /**
   * A page's session- or view-scoped bean may travel to another instance (config/payara/cluster.sh):
   * its services are CDI references ({@code @Inject}), which CDI serialises and finds again there. A
   * {@code transient} one came back null on the other instance (a 500 after failover), and an
   * {@code @EJB} reference is the container's own object, not CDI's.
   */
  @ArchTest
  static final ArchRule replicated_beans_inject_their_services =
      fields()
          .that()
          .areDeclaredInClassesThat(areSessionOrViewScoped())
          .and()
          .areAnnotatedWith(jakarta.inject.Inject.class)
          .should()
          .notHaveModifier(com.tngtech.archunit.core.domain.JavaModifier.TRANSIENT)
          .because("a session travels to the other instance when one dies, and its beans must work there");

  @ArchTest
  static final ArchRule replicated_beans_use_no_ejb_references =
      fields()
          .that()
          .areDeclaredInClassesThat(areSessionOrViewScoped())
          .should()
          .notBeAnnotatedWith(jakarta.ejb.EJB.class)
          .because("an @EJB reference in a replicated session is the container's object, not a CDI reference");

  private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> areSessionOrViewScoped() {
    return com.tngtech.archunit.base.DescribedPredicate.describe("are session or view scoped",
        c -> c.isAnnotatedWith("jakarta.enterprise.context.SessionScoped")
            || c.isAnnotatedWith("jakarta.faces.view.ViewScoped"));
  }

  /** {@code forms} for {@code th.obec.esa.ict.forms.spec.SpecService}; null outside the application. */
  static String moduleOf(JavaClass type) {
    String pkg = type.getBaseComponentType().getPackageName();
    if (!pkg.startsWith(ROOT)) {
      return null;
    }
    String rest = pkg.substring(ROOT.length());
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  /** {@code spec} for {@code th.obec.esa.ict.forms.spec.SpecService}, "" for a module's top package. */
  static String packageInModule(JavaClass type) {
    String rest = type.getBaseComponentType().getPackageName().substring(ROOT.length());
    String[] parts = rest.split("\\.");
    return parts.length > 1 ? parts[1] : "";
  }

  static ArchCondition<JavaClass> beUsedOnlyInsideTheirModule() {
    return new ArchCondition<>("be used only inside their own module") {
      @Override
      public void check(JavaClass entity, ConditionEvents events) {
        String home = moduleOf(entity);
        for (Dependency dependency : entity.getDirectDependenciesToSelf()) {
          String user = moduleOf(dependency.getOriginClass());
          if (user != null && !user.equals(home)) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }

  static ArchCondition<JavaClass> useOtherModulesOnlyThrough(Set<String> packages) {
    return new ArchCondition<>("use other modules only through their " + String.join(" or ", packages.stream().sorted().toList()) + " packages") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        String home = moduleOf(origin);
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          JavaClass target = dependency.getTargetClass();
          String other = moduleOf(target);
          if (other == null || other.equals(home) || other.equals(PLATFORM)) {
            continue;
          }
          if (!packages.contains(packageInModule(target))) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }
}
