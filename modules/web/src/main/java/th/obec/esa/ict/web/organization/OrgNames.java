package th.obec.esa.ict.web.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import th.obec.esa.ict.organization.importing.ImportAnomaly;
import th.obec.esa.ict.organization.order.AssignmentView;
import th.obec.esa.ict.organization.staff.StaffSummary;
import th.obec.esa.ict.platform.time.ThaiDates;
import th.obec.esa.ict.web.shell.LocaleBacking;
import th.obec.esa.ict.web.shell.Messages;

/**
 * How the organisation pages name things in the user's language: a person whose name was cut
 * is shown as such (never as a blank), English pages use the English name where there is one.
 */
@Named("orgNames")
@ApplicationScoped
public class OrgNames {

  public String person(StaffSummary s) {
    return Texts.person(s, LocaleBacking.isEnglish(), Messages.text("organization.staff.unknownName"));
  }

  /** A name as the directory matching gives it: English on English pages when there is one; a cut name said so. */
  public String person(String nameTh, String nameEn) {
    if (LocaleBacking.isEnglish() && nameEn != null && !nameEn.isBlank()) {
      return nameEn;
    }
    return nameTh != null ? nameTh : Messages.text("organization.staff.unknownName");
  }

  /** "16/10/2561", the form a date is typed in, for prefilling a date field. */
  public String numeric(LocalDate d) {
    return d == null ? "" : ThaiDates.formatNumeric(d);
  }

  public String unit(String nameTh, String nameEn) {
    return LocaleBacking.isEnglish() && nameEn != null ? nameEn : nameTh;
  }

  public String status(String status) {
    return Messages.text("organization.staff.status." + status);
  }

  /**
   * The person's header paragraph as the order prints it; composed from the entry's fields when
   * the source did not print one (an imported file without a header column, a cut header).
   */
  public String header(AssignmentView a) {
    return Texts.header(a, Messages.text("organization.order.headerCut"));
  }

  /** What an import found, in the user's language, with the value concerned. */
  public String what(ImportAnomaly a) {
    return Texts.withValue(Messages.text(a.code().key()), a.value());
  }

  public String done(ImportAnomaly a) {
    return Messages.text(a.code().actionKey());
  }
}
