package th.obec.esa.ict.web.organization;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import th.obec.esa.ict.organization.order.PersonView;
import th.obec.esa.ict.organization.staff.StaffEdit;
import th.obec.esa.ict.organization.staff.StaffService;
import th.obec.esa.ict.organization.staff.StaffStatus;
import th.obec.esa.ict.organization.staff.StaffSummary;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.platform.time.OfficeTime;
import th.obec.esa.ict.web.shell.CurrentUser;
import th.obec.esa.ict.web.shell.Messages;
import th.obec.esa.ict.web.shell.ThaiFormat;

/**
 * A person's page on a day (?id=&amp;date=): position, number, acting role, duty tree, stand-ins
 * both ways, orders that listed them; administrators correct the person's data here.
 */
@Named
@ViewScoped
public class PersonBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  private StaffService staff;

  @Inject
  private CurrentUser currentUser;

  private Long id;
  private LocalDate date;
  private PersonView person;
  private StaffSummary edit;
  private String givenNameEn;
  private String familyNameEn;
  private String uid;
  private StaffStatus status;
  private String reviewNote;

  public void load() {
    person = staff.person(id, date == null ? LocalDate.now(OfficeTime.ZONE) : date);
    edit = person.staff();
    givenNameEn = edit.givenNameEn();
    familyNameEn = edit.familyNameEn();
    uid = edit.uid();
    status = StaffStatus.valueOf(edit.status());
    reviewNote = edit.reviewNote();
  }

  /** Saves the administrator's corrections; a stale version or a taken uid comes back as a message. */
  public void save() {
    try {
      StaffEdit e = new StaffEdit(edit.version(), edit.prefixTh(), edit.givenNameTh(), edit.familyNameTh(), givenNameEn,
          familyNameEn, uid, edit.unitId(), edit.positionId(), status, reviewNote);
      staff.update(currentUser.actor(), id, e);
      Messages.info("organization.person.saved");
      load();
    } catch (BusinessException ex) {
      Messages.error(ex.key(), ex.args());
    }
  }

  public StaffStatus[] getStatuses() {
    return StaffStatus.values();
  }

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public LocalDate getDate() { return date; }
  public void setDate(LocalDate date) { this.date = date; }
  public PersonView getPerson() { return person; }
  public String getGivenNameEn() { return givenNameEn; }
  public void setGivenNameEn(String v) { this.givenNameEn = v; }
  public String getFamilyNameEn() { return familyNameEn; }
  public void setFamilyNameEn(String v) { this.familyNameEn = v; }
  public String getUid() { return uid; }
  public void setUid(String v) { this.uid = v; }
  public StaffStatus getStatus() { return status; }
  public void setStatus(StaffStatus v) { this.status = v; }
  public String getReviewNote() { return reviewNote; }
  public void setReviewNote(String v) { this.reviewNote = v; }
}
