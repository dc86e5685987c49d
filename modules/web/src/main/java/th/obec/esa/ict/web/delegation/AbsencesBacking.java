package th.obec.esa.ict.web.delegation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import th.obec.esa.ict.delegation.absence.AbsenceService;
import th.obec.esa.ict.delegation.api.AbsenceKind;
import th.obec.esa.ict.delegation.api.AbsenceView;
import th.obec.esa.ict.delegation.api.NewAbsence;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.platform.time.OfficeTime;
import th.obec.esa.ict.web.shell.CurrentUser;
import th.obec.esa.ict.web.shell.Messages;
import th.obec.esa.ict.web.shell.ThaiFormat;

/** The absence calendar of a month, and recording or ending an absence. Dates are whole days, first to last. */
@Named
@ViewScoped
public class AbsencesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  private AbsenceService absences;

  @Inject
  private CurrentUser currentUser;

  private YearMonth month = YearMonth.now(OfficeTime.ZONE);
  private List<AbsenceView> rows;
  private String personUid;
  private AbsenceKind kind = AbsenceKind.LEAVE;
  private LocalDate firstDay;
  private LocalDate lastDay;
  private String note;

  public void load() {
    if (personUid == null) {
      personUid = currentUser.getUid();
    }
    rows = absences.overlapping(month.atDay(1).atStartOfDay(OfficeTime.ZONE).toOffsetDateTime(),
        month.plusMonths(1).atDay(1).atStartOfDay(OfficeTime.ZONE).toOffsetDateTime());
  }

  public void previous() {
    month = month.minusMonths(1);
    load();
  }

  public void next() {
    month = month.plusMonths(1);
    load();
  }

  public void record() {
    try {
      absences.record(currentUser.actor(), new NewAbsence(personUid, kind,
          firstDay == null ? null : firstDay.atStartOfDay(OfficeTime.ZONE).toOffsetDateTime(),
          lastDay == null ? null : lastDay.plusDays(1).atStartOfDay(OfficeTime.ZONE).toOffsetDateTime(), note));
      Messages.info("delegation.absences.recorded");
      firstDay = null;
      lastDay = null;
      note = null;
      load();
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public void end(Long id) {
    try {
      absences.end(currentUser.actor(), id);
      Messages.info("delegation.absences.ended");
      load();
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  /** Whether the absence covers a day of the shown month (for the month grid). */
  public boolean covers(AbsenceView a, int day) {
    var start = month.atDay(day).atStartOfDay(OfficeTime.ZONE).toOffsetDateTime();
    return a.from().isBefore(start.plusDays(1)) && a.until().isAfter(start);
  }

  public List<Integer> getDays() {
    return java.util.stream.IntStream.rangeClosed(1, month.lengthOfMonth()).boxed().toList();
  }

  public AbsenceKind[] getKinds() {
    return AbsenceKind.values();
  }

  public LocalDate getMonthStart() {
    return month.atDay(1);
  }

  public List<AbsenceView> getRows() {
    return rows;
  }

  public String getPersonUid() {
    return personUid;
  }

  public void setPersonUid(String personUid) {
    this.personUid = personUid;
  }

  public AbsenceKind getKind() {
    return kind;
  }

  public void setKind(AbsenceKind kind) {
    this.kind = kind;
  }

  public LocalDate getFirstDay() {
    return firstDay;
  }

  public void setFirstDay(LocalDate firstDay) {
    this.firstDay = firstDay;
  }

  public LocalDate getLastDay() {
    return lastDay;
  }

  public void setLastDay(LocalDate lastDay) {
    this.lastDay = lastDay;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
