package th.obec.esa.ict.web.assets;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import th.obec.esa.ict.assets.api.AssetView;
import th.obec.esa.ict.assets.register.AssetService;
import th.obec.esa.ict.web.shell.Messages;

/**
 * Printable labels: one asset ({@code ?id=}) or several ({@code ?ids=1,2,3}), each with a QR code
 * that opens the asset's page.
 */
@Named
@RequestScoped
public class LabelBacking {

  /** One label: the asset and its QR code as a data URI. */
  public record Label(AssetView asset, String qr, String url) {}

  @EJB
  private AssetService assets;

  @Inject
  private AssetLinks links;

  private String ids;
  private Long id;
  private final List<Label> labels = new ArrayList<>();

  public void load() {
    List<Long> wanted = new ArrayList<>();
    if (id != null) {
      wanted.add(id);
    }
    if (ids != null) {
      for (String s : ids.split(",")) {
        if (s.strip().matches("\\d{1,18}")) {
          wanted.add(Long.valueOf(s.strip()));
        }
      }
    }
    for (Long one : wanted.stream().distinct().limit(200).toList()) {
      assets.find(one).ifPresent(a -> labels.add(new Label(a, links.qrDataUri(a.id()), links.assetPage(a.id()))));
    }
    if (labels.isEmpty()) {
      Messages.error("assets.asset.notFound", id != null ? id : ids);
    }
  }

  public List<Label> getLabels() {
    return labels;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getIds() {
    return ids;
  }

  public void setIds(String ids) {
    this.ids = ids;
  }
}
