package th.obec.esa.ict.web.organization;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.file.UploadedFile;
import th.obec.esa.ict.organization.importing.ImportRejectedException;
import th.obec.esa.ict.organization.importing.ImportReport;
import th.obec.esa.ict.organization.importing.OrderImportService;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.web.shell.CurrentUser;
import th.obec.esa.ict.web.shell.Messages;

/**
 * Import of an order file in two steps: upload and check (the report of every finding, nothing
 * saved), then confirm (saved all or nothing). The checked bytes are the ones saved.
 */
@Named("orgImportBacking")
@ViewScoped
public class ImportBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  private OrderImportService imports;

  @Inject
  private CurrentUser currentUser;

  private transient UploadedFile file;
  private String fileName;
  private byte[] content;
  private ImportReport report;

  public void check() {
    report = null;
    if (file == null || file.getSize() == 0) {
      Messages.error("organization.import.file.empty");
      return;
    }
    try {
      fileName = file.getFileName();
      content = file.getContent();
      report = imports.preview(currentUser.actor(), fileName, content);
      if (report.isFatal()) {
        Messages.error("organization.import.checked.fatal", report.firstFatal().orElseThrow().row());
      } else {
        Messages.info("organization.import.checked.ok", report.persons(), report.dutyLines());
      }
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public void confirm() {
    try {
      report = imports.importOrder(currentUser.actor(), fileName, content);
      Messages.info("organization.import.saved", report.orderNumber(), report.persons(), report.dutyLines());
      content = null;
    } catch (ImportRejectedException e) {
      report = e.report();
      Messages.error(e.key(), e.firstFatal().row(), Messages.text(e.firstFatal().code().key()),
          e.firstFatal().value() == null ? "" : e.firstFatal().value());
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public boolean isConfirmable() {
    return report != null && !report.isFatal() && report.savedOrderId() == null && content != null;
  }

  public UploadedFile getFile() { return file; }
  public void setFile(UploadedFile file) { this.file = file; }
  public ImportReport getReport() { return report; }
}
