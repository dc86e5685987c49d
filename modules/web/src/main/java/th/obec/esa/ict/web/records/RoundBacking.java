package th.obec.esa.ict.web.records;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.primefaces.model.file.UploadedFile;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.platform.security.Roles;
import th.obec.esa.ict.platform.time.OfficeTime;
import th.obec.esa.ict.records.collection.CollectionService;
import th.obec.esa.ict.records.collection.ImportMode;
import th.obec.esa.ict.records.collection.ImportRejection;
import th.obec.esa.ict.records.collection.ImportReport;
import th.obec.esa.ict.records.collection.ReturnInput;
import th.obec.esa.ict.records.collection.ReturnState;
import th.obec.esa.ict.records.collection.ReturnView;
import th.obec.esa.ict.records.collection.RoundView;
import th.obec.esa.ict.records.collection.SubmitterKind;
import th.obec.esa.ict.web.shell.CurrentUser;
import th.obec.esa.ict.web.shell.Messages;
import th.obec.esa.ict.web.shell.ThaiFormat;

/**
 * /records/round.xhtml?id= (F01): one round and its submitters. An ICT officer records a return
 * when it arrives (by default now), takes a wrong one back with a reason, adds or removes
 * submitters, or imports the school list from the file the central system exports.
 */
@Named
@ViewScoped
public class RoundBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  private CollectionService collection;

  @Inject
  private CurrentUser currentUser;

  private Long id;
  private RoundView round;

  private ReturnView selected;
  private LocalDate sentOn;
  private LocalTime sentAt;
  private String submittedBy;
  private Integer recordsCount;
  private String returnNote;
  private String reason;

  private SubmitterKind kind = SubmitterKind.SCHOOL;
  private String submitters;

  private transient UploadedFile file;
  private boolean goodRowsOnly;
  private ImportReport report;

  /** f:viewAction: reads the round named in the address. */
  public void load() {
    if (id == null) {
      return;
    }
    try {
      round = collection.round(id, currentUser.actor());
    } catch (BusinessException e) {
      round = null;
      Messages.error(e);
    }
  }

  /** Opens the record dialog of a row, the time of sending set to now (the usual case: it just came in). */
  public void startRecord(ReturnView r) {
    selected = r;
    LocalDateTime now = LocalDateTime.now(OfficeTime.ZONE);
    sentOn = now.toLocalDate();
    sentAt = now.toLocalTime().truncatedTo(ChronoUnit.MINUTES);
    submittedBy = null;
    recordsCount = null;
    returnNote = null;
  }

  public void startUnrecord(ReturnView r) {
    selected = r;
    reason = null;
  }

  public void record() {
    try {
      OffsetDateTime when = sentOn == null ? null
          : sentOn.atTime(sentAt == null ? LocalTime.of(0, 0) : sentAt).atZone(OfficeTime.ZONE).toOffsetDateTime();
      ReturnView r = collection.recordReturn(selected.id(),
          new ReturnInput(when, submittedBy, recordsCount, returnNote), currentUser.actor());
      Messages.info("records.page.return.recorded", r.name(), Messages.text("records.returnState." + r.state()));
      PrimeFaces.current().executeScript("PF('recordDlg').hide()");
      load();
    } catch (BusinessException e) {
      RecordsPages.error(e, "recordForm");
    }
  }

  public void unrecord() {
    try {
      ReturnView r = collection.unrecordReturn(selected.id(), reason, currentUser.actor());
      Messages.info("records.page.return.unrecorded", r.name());
      PrimeFaces.current().executeScript("PF('unrecordDlg').hide()");
      load();
    } catch (BusinessException e) {
      RecordsPages.error(e, "unrecordForm");
    }
  }

  public void addSubmitters() {
    try {
      int before = round.returns().size();
      round = collection.addSubmitters(id, TextLines.submitters(submitters, kind), currentUser.actor());
      Messages.info("records.page.submitters.added", round.returns().size() - before);
      submitters = null;
    } catch (BusinessException e) {
      RecordsPages.error(e, "add");
    }
  }

  public void remove(ReturnView r) {
    try {
      round = collection.removeSubmitter(r.id(), currentUser.actor());
      Messages.info("records.page.submitter.removed", r.name());
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  /** Imports the file; the report lists every refused row whether or not anything was saved. */
  public void importFile() {
    report = null;
    if (file == null || file.getContent() == null || file.getContent().length == 0) {
      Messages.error(new BusinessException(BusinessException.field("import:file"), "records.import.empty"));
      return;
    }
    try {
      report = collection.importSubmitters(id, file.getContent(), file.getFileName(),
          goodRowsOnly ? ImportMode.GOOD_ROWS_ONLY : ImportMode.ALL_OR_NOTHING, currentUser.actor());
      if (report.saved()) {
        Messages.info("records.page.import.saved", report.savedCount(), report.returnsRecorded());
      } else {
        Messages.error("records.import.nothingSaved");
      }
      load();
    } catch (BusinessException e) {
      RecordsPages.error(e, "import");
    }
  }

  /** A refused row in the user's language: "บรรทัดที่ 3: รหัสสถานศึกษา ..." */
  public String rejection(ImportRejection r) {
    return Messages.text(r.messageKey(), String.valueOf(r.line()), r.value() == null ? "" : r.value());
  }

  /** The colour of a state tag: sent on time green, late amber, overdue red, waiting blue. */
  public String severity(ReturnState s) {
    return switch (s) {
      case SUBMITTED -> "success";
      case LATE -> "warning";
      case OVERDUE -> "danger";
      case WAITING -> "info";
    };
  }

  public boolean isOfficer() {
    return currentUser.isInRole(Roles.ICT_OFFICER);
  }

  public List<ReturnView> getReturns() {
    return round == null ? List.of() : round.returns();
  }

  public SubmitterKind[] getKinds() {
    return SubmitterKind.values();
  }

  public Long getId() { return id; }
  public void setId(Long v) { id = v; }
  public RoundView getRound() { return round; }
  public ReturnView getSelected() { return selected; }
  public LocalDate getSentOn() { return sentOn; }
  public void setSentOn(LocalDate v) { sentOn = v; }
  public LocalTime getSentAt() { return sentAt; }
  public void setSentAt(LocalTime v) { sentAt = v; }
  public String getSubmittedBy() { return submittedBy; }
  public void setSubmittedBy(String v) { submittedBy = v; }
  public Integer getRecordsCount() { return recordsCount; }
  public void setRecordsCount(Integer v) { recordsCount = v; }
  public String getReturnNote() { return returnNote; }
  public void setReturnNote(String v) { returnNote = v; }
  public String getReason() { return reason; }
  public void setReason(String v) { reason = v; }
  public SubmitterKind getKind() { return kind; }
  public void setKind(SubmitterKind v) { kind = v; }
  public String getSubmitters() { return submitters; }
  public void setSubmitters(String v) { submitters = v; }
  public UploadedFile getFile() { return file; }
  public void setFile(UploadedFile v) { file = v; }
  public boolean isGoodRowsOnly() { return goodRowsOnly; }
  public void setGoodRowsOnly(boolean v) { goodRowsOnly = v; }
  public ImportReport getReport() { return report; }
}
