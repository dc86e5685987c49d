package th.obec.esa.ict.forms;

import jakarta.enterprise.concurrent.ManagedExecutorService;
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

/** What the forms module's container tests use; {@link FormsIT} injects them. */
interface FormsServices {

  SubmissionService forms();

  th.obec.esa.ict.forms.testdoubles.TestOffice office();

  th.obec.esa.ict.forms.testdoubles.LetterCounters letterCounters();

  LoanService loans();

  MemoService memos();

  AuditService auditService();

  TestAssets assets();

  ManagedExecutorService executor();

  SpecService specs();

  SpecDocumentService documents();

  RegisterImportService register();

  FiguresService figures();

  th.obec.esa.ict.forms.api.Plans plans();

  AccountService accounts();

  AccessService access();

  th.obec.esa.ict.forms.api.Reminders reminders();

  SummaryService summaries();

  TestDirectory directory();

  MovableAccessClock clock();

  RecordedEvents events();
}
