package th.obec.esa.ict.web.organization;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import th.obec.esa.ict.organization.unit.ChartNode;
import th.obec.esa.ict.organization.unit.OfficeView;
import th.obec.esa.ict.organization.unit.OrganizationService;
import th.obec.esa.ict.organization.unit.UnitView;
import th.obec.esa.ict.platform.time.OfficeTime;
import th.obec.esa.ict.web.shell.ThaiFormat;

/** The organisation chart on a day: units, the director each has by the order in force, their staff. */
@Named
@RequestScoped
public class ChartBacking {

  @EJB
  private OrganizationService organization;

  private LocalDate date;
  private OfficeView office;
  private List<ChartNode> chart;
  private Map<Long, UnitView> units;

  public void load() {
    LocalDate day = date == null ? LocalDate.now(OfficeTime.ZONE) : date;
    office = organization.officeView();
    chart = organization.chart(day);
    units = organization.units().stream()
        .flatMap(u -> Stream.concat(Stream.of(u), u.subUnits().stream()))
        .collect(Collectors.toMap(UnitView::id, Function.identity()));
  }

  /** The statutory duties of a unit, shown under its box. */
  public List<UnitView.Duty> duties(long unitId) {
    UnitView u = units.get(unitId);
    return u == null ? List.of() : u.duties();
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public OfficeView getOffice() {
    return office;
  }

  public List<ChartNode> getChart() {
    return chart;
  }
}
