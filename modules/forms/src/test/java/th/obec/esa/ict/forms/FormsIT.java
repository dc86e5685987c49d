package th.obec.esa.ict.forms;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import th.obec.esa.ict.core.audit.AuditService;
import th.obec.esa.ict.forms.access.AccessService;
import th.obec.esa.ict.forms.account.AccountService;
import th.obec.esa.ict.forms.document.MemoService;
import th.obec.esa.ict.forms.loan.LoanService;
import th.obec.esa.ict.forms.register.RegisterImportService;
import th.obec.esa.ict.forms.spec.SpecDocumentService;
import th.obec.esa.ict.forms.spec.SpecService;
import th.obec.esa.ict.forms.submission.SubmissionService;
import th.obec.esa.ict.forms.summary.FiguresService;
import th.obec.esa.ict.forms.summary.SummaryService;
import th.obec.esa.ict.forms.testdoubles.MovableAccessClock;
import th.obec.esa.ict.forms.testdoubles.RecordedEvents;
import th.obec.esa.ict.forms.testdoubles.TestAssets;
import th.obec.esa.ict.forms.testdoubles.TestDirectory;
import th.obec.esa.ict.forms.testdoubles.LetterCounters;
import th.obec.esa.ict.forms.testdoubles.TestOffice;
import th.obec.esa.ict.testing.Deployments;
import th.obec.esa.ict.testing.ShiftedClock;

/**
 * The forms module on Payara Micro against the tests' PostgreSQL, with in-memory doubles of the
 * organisation, delegation, directory and assets ports. The tests live in one interface per theme
 * ({@link SubmissionChecks}, {@link SpecChecks}, {@link RegisterChecks}, {@link AccountChecks},
 * {@link NumberingChecks}) and
 * run here, in one deployment: each deployment is a Payara Micro start, about twenty seconds of the
 * suite's CPU.
 */
@ExtendWith(ArquillianExtension.class)
class FormsIT implements SubmissionChecks, SpecChecks, RegisterChecks, AccountChecks, NumberingChecks, PlanChecks {

  @Deployment
  static WebArchive deployment() {
    String root = System.getProperty("ict.project.root", "../..");
    return Deployments.withMigrations(ShrinkWrap.create(WebArchive.class, "forms-it.war"))
        .addPackages(true, "th.obec.esa.ict.forms")
        .addClass(ShiftedClock.class)
        .addAsResource("META-INF/persistence.xml")
        .addAsResource(Path.of(root, "docs", "samples", RegisterChecks.SAMPLE).toFile(), RegisterChecks.SAMPLE)
        .addAsLibraries(Deployments.libraries("platform", "core", "flyway-core", "flyway-database-postgresql", "jackson-databind",
            "jackson-core", "jackson-annotations", "jackson-dataformat-toml", "unboundid-ldapsdk", "postgresql",
            "openpdf", "commons-codec", "commons-csv", "commons-io"));
  }

  @EJB SubmissionService forms;
  @EJB LoanService loans;
  @EJB MemoService memos;
  @EJB AuditService auditService;
  @Inject TestAssets assets;
  @Resource ManagedExecutorService executor;
  @EJB SpecService specs;
  @EJB SpecDocumentService documents;
  @EJB RegisterImportService register;
  @EJB FiguresService figures;
  @EJB th.obec.esa.ict.forms.api.Plans plans;

  @Override
  public th.obec.esa.ict.forms.api.Plans plans() {
    return plans;
  }
  @EJB AccountService accounts;
  @EJB AccessService access;
  @EJB SummaryService summaries;
  @Inject TestDirectory directory;
  @Inject MovableAccessClock clock;
  @Inject RecordedEvents events;
  @EJB th.obec.esa.ict.forms.api.Reminders reminders;

  @Override
  public th.obec.esa.ict.forms.api.Reminders reminders() {
    return reminders;
  }

  @Inject TestOffice office;
  @EJB LetterCounters letterCounters;

  @Override
  public TestOffice office() {
    return office;
  }

  @Override
  public LetterCounters letterCounters() {
    return letterCounters;
  }

  @Override
  public SubmissionService forms() {
    return forms;
  }

  @Override
  public LoanService loans() {
    return loans;
  }

  @Override
  public MemoService memos() {
    return memos;
  }

  @Override
  public AuditService auditService() {
    return auditService;
  }

  @Override
  public TestAssets assets() {
    return assets;
  }

  @Override
  public ManagedExecutorService executor() {
    return executor;
  }

  @Override
  public SpecService specs() {
    return specs;
  }

  @Override
  public SpecDocumentService documents() {
    return documents;
  }

  @Override
  public RegisterImportService register() {
    return register;
  }

  @Override
  public FiguresService figures() {
    return figures;
  }

  @Override
  public AccountService accounts() {
    return accounts;
  }

  @Override
  public AccessService access() {
    return access;
  }

  @Override
  public SummaryService summaries() {
    return summaries;
  }

  @Override
  public TestDirectory directory() {
    return directory;
  }

  @Override
  public MovableAccessClock clock() {
    return clock;
  }

  @Override
  public RecordedEvents events() {
    return events;
  }
}
