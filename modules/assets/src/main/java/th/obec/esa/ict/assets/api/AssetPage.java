package th.obec.esa.ict.assets.api;

import java.io.Serializable;
import java.util.List;

/** One page of the asset list and the number of assets the filters match in all. */
public record AssetPage(List<AssetView> rows, long total, int first, int pageSize) implements Serializable {

  public AssetPage {
    rows = List.copyOf(rows);
  }
}
