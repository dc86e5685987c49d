package th.obec.esa.ict.web.delegation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import th.obec.esa.ict.delegation.api.ActingOverviewRow;
import th.obec.esa.ict.delegation.api.ActingResolution;
import th.obec.esa.ict.delegation.api.Basis;
import th.obec.esa.ict.delegation.api.PowerView;
import th.obec.esa.ict.delegation.authority.ActingService;
import th.obec.esa.ict.delegation.power.PowerService;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.platform.time.OfficeTime;
import th.obec.esa.ict.web.shell.LocaleBacking;
import th.obec.esa.ict.web.shell.Messages;
import th.obec.esa.ict.web.shell.ThaiFormat;

/** "Who acts for whom", now or on a date (at noon), and who acts for one power in one unit, with the path. */
@Named
@ViewScoped
public class WhoActsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  private ActingService acting;

  @Inject
  private PowerService powers;

  private LocalDate date;
  private List<ActingOverviewRow> rows;
  private List<PowerView> catalogue;
  private String power;
  private String unit = "ICT";
  private ActingResolution resolution;

  public void load() {
    catalogue = powers.all();
    rows = acting.overview(moment());
  }

  public void resolve() {
    try {
      resolution = acting.resolve(power, unit, moment(), Set.of());
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  /** Now for today (or no date), else noon of the chosen day. */
  private OffsetDateTime moment() {
    if (date == null || date.equals(LocalDate.now(OfficeTime.ZONE))) {
      return null;
    }
    return date.atTime(LocalTime.NOON).atZone(OfficeTime.ZONE).toOffsetDateTime();
  }

  public String text(Basis b) {
    return b == null ? "" : LocaleBacking.isEnglish() ? b.englishText() : b.thaiText();
  }

  public LocalDate getDate() { return date; }
  public void setDate(LocalDate v) { date = v; }
  public List<ActingOverviewRow> getRows() { return rows; }
  public List<PowerView> getCatalogue() { return catalogue; }
  public String getPower() { return power; }
  public void setPower(String v) { power = v; }
  public String getUnit() { return unit; }
  public void setUnit(String v) { unit = v; }
  public ActingResolution getResolution() { return resolution; }
}
