package th.obec.esa.ict.web.traffic;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import th.obec.esa.ict.core.audit.AuditChain;
import th.obec.esa.ict.core.audit.AuditService;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.platform.time.OfficeTime;
import th.obec.esa.ict.traffic.chain.VerifyReport;
import th.obec.esa.ict.traffic.record.TrafficService;
import th.obec.esa.ict.web.shell.CurrentUser;
import th.obec.esa.ict.web.shell.Messages;

/**
 * /traffic/verify: checks the traffic record's chain for a period (or all of it), and the audit trail's
 * chain, and shows what was found with the first broken link.
 */
@Named
@RequestScoped
public class VerifyBacking {

  @EJB
  private TrafficService traffic;

  @EJB
  private AuditService auditService;

  @Inject
  private CurrentUser currentUser;

  private AuditChain.Report auditReport;

  /** Verifies the whole audit trail (auditors only; the service checks and records it). */
  public void verifyAudit() {
    try {
      auditReport = auditService.verify(currentUser.actor());
      if (auditReport.isIntact()) {
        Messages.info("traffic.audit.intact", auditReport.entriesChecked());
      } else {
        Messages.error("traffic.audit.broken", auditReport.totalFindings());
      }
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public AuditChain.Report getAuditReport() { return auditReport; }

  private LocalDate fromDate;
  private LocalDate toDate;
  private VerifyReport report;

  public void verify() {
    try {
      report = traffic.verify(currentUser.actor(), OfficeTime.startOf(fromDate), OfficeTime.endOf(toDate));
      if (report.isIntact()) {
        Messages.info("traffic.verify.intact", report.rowsChecked());
      } else {
        Messages.error("traffic.verify.broken", report.totalFindings());
      }
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public VerifyReport getReport() { return report; }

  private java.util.List<String> anchors;

  /** The latest daily anchors from the file in the data folder, to print and keep. */
  public java.util.List<String> getAnchors() {
    if (anchors == null) {
      try {
        anchors = traffic.anchors(currentUser.actor(), 31);
      } catch (th.obec.esa.ict.platform.BusinessException e) {
        anchors = java.util.List.of();
      }
    }
    return anchors;
  }

  /** Appends an anchor of this moment, e.g. before printing the page. */
  public void writeAnchor() {
    try {
      traffic.writeAnchor(currentUser.actor());
      anchors = null;
    } catch (th.obec.esa.ict.platform.BusinessException e) {
      Messages.error(e);
    }
  }
  public LocalDate getFromDate() { return fromDate; }
  public void setFromDate(LocalDate fromDate) { this.fromDate = fromDate; }
  public LocalDate getToDate() { return toDate; }
  public void setToDate(LocalDate toDate) { this.toDate = toDate; }
}
