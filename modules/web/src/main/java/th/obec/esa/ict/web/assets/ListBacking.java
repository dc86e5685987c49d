package th.obec.esa.ict.web.assets;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.inject.Inject;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;
import th.obec.esa.ict.assets.api.AssetQuery;
import th.obec.esa.ict.assets.api.AssetStatus;
import th.obec.esa.ict.assets.api.AssetView;
import th.obec.esa.ict.assets.register.AssetService;

/** The asset list: text search and status filter over a lazy table, and the CSV export of what is filtered. */
@Named
@ViewScoped
public class ListBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  private AssetService assets;

  private String text;
  private AssetStatus status;
  private final LazyDataModel<AssetView> model = new AssetLazyModel(this::service, this::query);

  private AssetService service() {
    return assets;
  }

  public AssetQuery query() {
    return new AssetQuery(text, status, null, null, null, null);
  }

  /** The filtered register as CSV, streamed, so that a large export never sits in memory. */
  public StreamedContent getExport() {
    AssetQuery q = query();
    AssetService service = assets;
    return DefaultStreamedContent.builder()
        .name("assets-" + LocalDate.now() + ".csv")
        .contentType("text/csv; charset=UTF-8")
        .writer(out -> {
          OutputStreamWriter w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          service.exportCsv(q, w);
        })
        .build();
  }

  public List<AssetStatus> getStatuses() {
    return List.of(AssetStatus.values());
  }

  public LazyDataModel<AssetView> getModel() {
    return model;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public AssetStatus getStatus() {
    return status;
  }

  public void setStatus(AssetStatus status) {
    this.status = status;
  }
}
