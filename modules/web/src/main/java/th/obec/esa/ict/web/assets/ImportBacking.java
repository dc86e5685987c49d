package th.obec.esa.ict.web.assets;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import th.obec.esa.ict.assets.catalog.CatalogService;
import th.obec.esa.ict.assets.catalog.imports.EditionHeader;
import th.obec.esa.ict.assets.catalog.imports.EditionImportRejectedException;
import th.obec.esa.ict.assets.catalog.imports.ImportResult;
import th.obec.esa.ict.assets.catalog.imports.RowError;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.web.shell.CurrentUser;
import th.obec.esa.ict.web.shell.Messages;

/** Import of an edition from CSV or XLSX: all or nothing, with a report naming every rejected row. */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  private CatalogService catalog;

  @Inject
  private CurrentUser currentUser;

  private String editionName;
  private String publisher = EditionHeader.MDES;
  private LocalDate announcedOn;
  private LocalDate effectiveFrom;
  private String sourceDocument;
  private transient UploadedFile file;
  private List<RowError> errors = List.of();
  private ImportResult result;

  public void importFile() {
    errors = List.of();
    result = null;
    if (file == null || file.getSize() == 0) {
      Messages.error("assets.import.file.empty");
      return;
    }
    try {
      result = catalog.importEdition(new EditionHeader(editionName, publisher, announcedOn, effectiveFrom, sourceDocument),
          file.getFileName(), file.getContent(), currentUser.actor());
      Messages.info(result.alreadyImported() ? "assets.import.already" : "assets.import.done", result.editionName(),
          result.createdCount(), result.itemCount());
    } catch (EditionImportRejectedException e) {
      errors = e.errors();
      Messages.error(e.key(), e.args());
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  /** A row's fault in the user's language. */
  public String text(RowError e) {
    return Messages.text(e.key(), e.args());
  }

  public String getEditionName() {
    return editionName;
  }

  public void setEditionName(String editionName) {
    this.editionName = editionName;
  }

  public String getPublisher() {
    return publisher;
  }

  public void setPublisher(String publisher) {
    this.publisher = publisher;
  }

  public LocalDate getAnnouncedOn() {
    return announcedOn;
  }

  public void setAnnouncedOn(LocalDate announcedOn) {
    this.announcedOn = announcedOn;
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  public void setEffectiveFrom(LocalDate effectiveFrom) {
    this.effectiveFrom = effectiveFrom;
  }

  public String getSourceDocument() {
    return sourceDocument;
  }

  public void setSourceDocument(String sourceDocument) {
    this.sourceDocument = sourceDocument;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public List<RowError> getErrors() {
    return errors;
  }

  public ImportResult getResult() {
    return result;
  }
}
