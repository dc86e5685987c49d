package th.obec.esa.ict.web.delegation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import th.obec.esa.ict.delegation.api.ActingRecordQuery;
import th.obec.esa.ict.delegation.api.ActingRecordView;
import th.obec.esa.ict.delegation.record.ActingRecordService;
import th.obec.esa.ict.platform.time.OfficeTime;
import th.obec.esa.ict.web.shell.CurrentUser;
import th.obec.esa.ict.web.shell.ThaiFormat;

/**
 * The acting record, filtered by actor, person acted for and days (first to last), and its CSV;
 * the whole record for auditors, directors and organisation administrators, else one's own part.
 */
@Named
@ViewScoped
public class RecordBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  private ActingRecordService records;

  @Inject
  private CurrentUser currentUser;

  private String actorUid;
  private String onBehalfOf;
  private LocalDate firstDay;
  private LocalDate lastDay;
  private List<ActingRecordView> rows;

  public void load() {
    rows = records.search(query(), currentUser.actor());
  }

  public StreamedContent getCsv() {
    byte[] bytes = records.csv(query(), currentUser.actor()).getBytes(StandardCharsets.UTF_8);
    return DefaultStreamedContent.builder().name("acting-record.csv").contentType("text/csv;charset=UTF-8")
        .stream(() -> new ByteArrayInputStream(bytes)).build();
  }

  private ActingRecordQuery query() {
    return new ActingRecordQuery(actorUid, onBehalfOf,
        firstDay == null ? null : firstDay.atStartOfDay(OfficeTime.ZONE).toOffsetDateTime(),
        lastDay == null ? null : lastDay.plusDays(1).atStartOfDay(OfficeTime.ZONE).toOffsetDateTime());
  }

  public String getActorUid() { return actorUid; }
  public void setActorUid(String v) { actorUid = v; }
  public String getOnBehalfOf() { return onBehalfOf; }
  public void setOnBehalfOf(String v) { onBehalfOf = v; }
  public LocalDate getFirstDay() { return firstDay; }
  public void setFirstDay(LocalDate v) { firstDay = v; }
  public LocalDate getLastDay() { return lastDay; }
  public void setLastDay(LocalDate v) { lastDay = v; }
  public List<ActingRecordView> getRows() { return rows; }
  public boolean isReadsAll() { return ActingRecordService.readsAll(currentUser.actor()); }
}
