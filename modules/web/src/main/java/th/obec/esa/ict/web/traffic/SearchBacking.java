package th.obec.esa.ict.web.traffic;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.platform.time.OfficeTime;
import th.obec.esa.ict.traffic.api.TrafficKind;
import th.obec.esa.ict.traffic.record.TrafficPage;
import th.obec.esa.ict.traffic.record.TrafficQuery;
import th.obec.esa.ict.traffic.record.TrafficService;
import th.obec.esa.ict.web.shell.CurrentUser;
import th.obec.esa.ict.web.shell.Messages;

/**
 * /traffic/search: filters, a lazy table read only after "search" (each page is an audited reading)
 * and the export for an official request.
 */
@Named
@ViewScoped
public class SearchBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int ROWS = 50;

  @Inject
  private TrafficService traffic;

  @Inject
  private CurrentUser currentUser;

  private LocalDate fromDate = LocalDate.now(OfficeTime.ZONE);
  private LocalDate toDate = LocalDate.now(OfficeTime.ZONE);
  private String uid;
  private String sourceAddr;
  private TrafficKind kind;
  private String url;
  private String officialRequest;
  private boolean searched;
  private final TrafficLazyModel model = new TrafficLazyModel(this::read, () -> ROWS);

  TrafficQuery query() {
    return new TrafficQuery(OfficeTime.startOf(fromDate), OfficeTime.endOf(toDate), uid, sourceAddr, kind, url);
  }

  private TrafficPage read(int first, int size) {
    try {
      return traffic.search(currentUser.actor(), query(), first, size);
    } catch (BusinessException e) {
      Messages.error(e);
      return new TrafficPage(List.of(), 0);
    }
  }

  public void search() {
    model.reset();
    searched = true;
  }

  /** The zip of the CSV and its checksum; refused (with a message) without the request's reference. */
  public StreamedContent getExport() {
    if (officialRequest == null || officialRequest.isBlank()) {
      return null;
    }
    TrafficQuery q = query();
    String ref = officialRequest;
    var actor = currentUser.actor();
    TrafficService service = traffic;
    return DefaultStreamedContent.builder()
        .name("traffic-" + LocalDate.now(OfficeTime.ZONE) + ".zip")
        .contentType("application/zip")
        .writer(out -> service.export(actor, q, ref, out))
        .build();
  }

  public void checkExport() {
    if (officialRequest == null || officialRequest.isBlank()) {
      Messages.error("traffic.export.requestRequired");
    }
  }

  public List<TrafficKind> getKinds() { return List.of(TrafficKind.values()); }
  public TrafficLazyModel getModel() { return model; }
  public boolean isSearched() { return searched; }
  public LocalDate getFromDate() { return fromDate; }
  public void setFromDate(LocalDate fromDate) { this.fromDate = fromDate; }
  public LocalDate getToDate() { return toDate; }
  public void setToDate(LocalDate toDate) { this.toDate = toDate; }
  public String getUid() { return uid; }
  public void setUid(String uid) { this.uid = uid; }
  public String getSourceAddr() { return sourceAddr; }
  public void setSourceAddr(String sourceAddr) { this.sourceAddr = sourceAddr; }
  public TrafficKind getKind() { return kind; }
  public void setKind(TrafficKind kind) { this.kind = kind; }
  public String getUrl() { return url; }
  public void setUrl(String url) { this.url = url; }
  public String getOfficialRequest() { return officialRequest; }
  public void setOfficialRequest(String officialRequest) { this.officialRequest = officialRequest; }
}
