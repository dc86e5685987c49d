package th.obec.esa.ict.web.assets;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.util.Callbacks.SerializableSupplier;
import th.obec.esa.ict.assets.api.AssetQuery;
import th.obec.esa.ict.assets.api.AssetView;
import th.obec.esa.ict.assets.register.AssetService;

/**
 * The asset list, one page at a time from the register, in asset-number order. The total comes
 * from the register's count cache, so paging through 100,000 assets does not count them each time.
 */
public class AssetLazyModel extends LazyDataModel<AssetView> {

  private static final long serialVersionUID = 1L;

  private final SerializableSupplier<AssetService> assets;
  private final SerializableSupplier<AssetQuery> query;

  public AssetLazyModel(SerializableSupplier<AssetService> assets, SerializableSupplier<AssetQuery> query) {
    this.assets = assets;
    this.query = query;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, assets.get().count(query.get()));
  }

  @Override
  public List<AssetView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return assets.get().search(query.get(), first, pageSize).rows();
  }

  @Override
  public String getRowKey(AssetView asset) {
    return String.valueOf(asset.id());
  }

  @Override
  public AssetView getRowData(String rowKey) {
    return assets.get().find(Long.parseLong(rowKey)).orElse(null);
  }
}
