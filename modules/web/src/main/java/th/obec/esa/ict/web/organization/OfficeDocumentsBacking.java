package th.obec.esa.ict.web.organization;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;
import th.obec.esa.ict.organization.api.DocumentSettings;
import th.obec.esa.ict.organization.api.DocumentSettingsInput;
import th.obec.esa.ict.organization.api.OfficeDocuments;
import th.obec.esa.ict.organization.api.YearBasis;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.web.shell.CurrentUser;
import th.obec.esa.ict.web.shell.Messages;

/**
 * The lower part of /organization/office.xhtml (issue 17): how the office numbers and prints its
 * documents. The letter register (one for the office, or a prefix of its own for some units), the year
 * its numbers restart, Thai digits, and the emblem (ครุฑ) printed on every บันทึกข้อความ. Only the
 * organisation administrator changes them; the rules are organization's ({@link OfficeDocuments}).
 */
@Named
@ViewScoped
public class OfficeDocumentsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  private OfficeDocuments documents;

  @Inject
  private CurrentUser currentUser;

  private DocumentSettings settings;
  private String yearBasis;
  private boolean perUnitPrefixes;
  private boolean thaiDigits;
  private List<UnitRow> units;
  private transient UploadedFile emblem;

  /** A unit and the prefix typed for it. */
  public static final class UnitRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final String name;
    private String prefix;

    UnitRow(String code, String name, String prefix) {
      this.code = code;
      this.name = name;
      this.prefix = prefix;
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public String getPrefix() { return prefix; }
    public void setPrefix(String v) { prefix = v; }
  }

  public void load() {
    show(documents.documentSettings());
  }

  private void show(DocumentSettings s) {
    settings = s;
    yearBasis = s.yearBasis() == null ? "" : s.yearBasis().name();
    perUnitPrefixes = s.perUnitPrefixes();
    thaiDigits = s.thaiDigits();
    units = new ArrayList<>();
    for (DocumentSettings.UnitPrefix u : s.units()) {
      units.add(new UnitRow(u.unitCode(), u.unitNameTh(), u.prefix()));
    }
  }

  public void save() {
    Map<String, String> prefixes = new LinkedHashMap<>();
    for (UnitRow r : units) {
      prefixes.put(r.getCode(), r.getPrefix());
    }
    try {
      show(documents.updateDocumentSettings(new DocumentSettingsInput(
          yearBasis == null || yearBasis.isBlank() ? null : YearBasis.valueOf(yearBasis), perUnitPrefixes, thaiDigits,
          prefixes, settings.version()), currentUser.actor()));
      Messages.info("organization.documents.saved");
    } catch (BusinessException e) {
      Messages.errorAt(rowField(e.field()), e);
    }
  }

  /** The prefix input of the unit a refusal names ("unitPrefix-ICT"), in the table's row. */
  private String rowField(String field) {
    if (field != null && field.startsWith("unitPrefix-")) {
      String code = field.substring("unitPrefix-".length());
      for (int i = 0; i < units.size(); i++) {
        if (units.get(i).getCode().equals(code)) {
          return "documents:units:" + i + ":unitPrefix";
        }
      }
    }
    return null;
  }

  public void uploadEmblem() {
    if (emblem == null || emblem.getContent() == null || emblem.getContent().length == 0) {
      Messages.error(new BusinessException(BusinessException.field("emblem:file"), "organization.emblem.empty"));
      return;
    }
    try {
      show(documents.uploadEmblem(emblem.getFileName(), emblem.getContent(), currentUser.actor()));
      Messages.info("organization.emblem.saved");
    } catch (BusinessException e) {
      Messages.errorAt("emblem:file", e);
    }
  }

  public void removeEmblem() {
    show(documents.removeEmblem(currentUser.actor()));
    Messages.info("organization.emblem.removed");
  }

  public DocumentSettings getSettings() { return settings; }
  public String getYearBasis() { return yearBasis; }
  public void setYearBasis(String v) { yearBasis = v; }
  public boolean isPerUnitPrefixes() { return perUnitPrefixes; }
  public void setPerUnitPrefixes(boolean v) { perUnitPrefixes = v; }
  public boolean isThaiDigits() { return thaiDigits; }
  public void setThaiDigits(boolean v) { thaiDigits = v; }
  public List<UnitRow> getUnits() { return units; }
  public UploadedFile getEmblem() { return emblem; }
  public void setEmblem(UploadedFile v) { emblem = v; }
}
