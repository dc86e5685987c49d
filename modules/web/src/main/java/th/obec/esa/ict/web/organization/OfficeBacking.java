package th.obec.esa.ict.web.organization;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.regex.Pattern;
import th.obec.esa.ict.organization.staff.StaffService;
import th.obec.esa.ict.organization.staff.StaffSummary;
import th.obec.esa.ict.organization.unit.OfficeView;
import th.obec.esa.ict.organization.unit.OrganizationService;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.web.shell.CurrentUser;
import th.obec.esa.ict.web.shell.Messages;

/**
 * /organization/office.xhtml: what the source documents did not print and an administrator fills
 * in: the letter-number prefix every memo carries (ที่ ศธ 04086/…), the short names, the province,
 * the area director.
 */
@Named
@ViewScoped
public class OfficeBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** ศธ followed by the office's code, optionally a unit's: "ศธ 04086" or "ศธ 04086.3". */
  static final Pattern PREFIX = Pattern.compile("ศธ ?[0-9๐-๙]{5}(\\.[0-9๐-๙]{1,3})?");

  @Inject
  private OrganizationService organization;

  @Inject
  private StaffService staff;

  @Inject
  private CurrentUser currentUser;

  private OfficeView office;
  private String nameEn;
  private String shortNameTh;
  private String abbreviationTh;
  private String letterNumberPrefix;
  private String provinceTh;
  private Long directorStaffId;
  private List<StaffSummary> people;

  public void load() {
    office = organization.officeView();
    nameEn = office.nameEn();
    shortNameTh = office.shortNameTh();
    abbreviationTh = office.abbreviationTh();
    letterNumberPrefix = office.letterNumberPrefix();
    provinceTh = office.provinceTh();
    directorStaffId = office.directorStaffId();
    people = staff.search("");
  }

  public void save() {
    String prefix = letterNumberPrefix == null ? null : letterNumberPrefix.strip().replaceAll("\\s+", " ");
    if (prefix != null && !prefix.isEmpty() && !PREFIX.matcher(prefix).matches()) {
      Messages.error(new BusinessException(BusinessException.field("office:prefix"),
          "organization.office.prefixInvalid", prefix));
      return;
    }
    try {
      office = organization.updateOffice(currentUser.actor(), office.id(), office.version(), blank(nameEn),
          blank(shortNameTh), blank(abbreviationTh), blank(prefix), blank(provinceTh), directorStaffId);
      letterNumberPrefix = office.letterNumberPrefix();
      Messages.info("organization.office.saved");
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public OfficeView getOffice() { return office; }
  public String getNameEn() { return nameEn; }
  public void setNameEn(String v) { nameEn = v; }
  public String getShortNameTh() { return shortNameTh; }
  public void setShortNameTh(String v) { shortNameTh = v; }
  public String getAbbreviationTh() { return abbreviationTh; }
  public void setAbbreviationTh(String v) { abbreviationTh = v; }
  public String getLetterNumberPrefix() { return letterNumberPrefix; }
  public void setLetterNumberPrefix(String v) { letterNumberPrefix = v; }
  public String getProvinceTh() { return provinceTh; }
  public void setProvinceTh(String v) { provinceTh = v; }
  public Long getDirectorStaffId() { return directorStaffId; }
  public void setDirectorStaffId(Long v) { directorStaffId = v; }
  public List<StaffSummary> getPeople() { return people; }
}
