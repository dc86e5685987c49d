package th.obec.esa.ict.web.traffic;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.util.Callbacks.SerializableSupplier;
import th.obec.esa.ict.traffic.record.TrafficPage;
import th.obec.esa.ict.traffic.record.TrafficRow;

/**
 * The record, one page at a time. Every search is an audited reading, so the page asked for is
 * read once: count() reads the page the table is on and load() uses it, instead of one reading
 * to count and another to list.
 */
public class TrafficLazyModel extends LazyDataModel<TrafficRow> {

  private static final long serialVersionUID = 1L;

  /** Reads one page (first, size) for the current filters. */
  public interface Reader extends java.io.Serializable {
    TrafficPage read(int first, int size);
  }

  private final Reader reader;
  private final SerializableSupplier<Integer> pageSize;
  private int first;
  private transient TrafficPage last;
  private int lastFirst = -1;
  private int lastSize = -1;

  public TrafficLazyModel(Reader reader, SerializableSupplier<Integer> pageSize) {
    this.reader = reader;
    this.pageSize = pageSize;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, page(first, pageSize.get()).total());
  }

  @Override
  public List<TrafficRow> load(int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    this.first = first;
    return page(first, size).rows();
  }

  @Override
  public String getRowKey(TrafficRow row) {
    return String.valueOf(row.seq());
  }

  /** Forgets the page read, so the next render reads again (after new filters). */
  public void reset() {
    last = null;
    first = 0;
  }

  private TrafficPage page(int from, int size) {
    if (last == null || from != lastFirst || size != lastSize) {
      last = reader.read(from, size);
      lastFirst = from;
      lastSize = size;
    }
    return last;
  }
}
