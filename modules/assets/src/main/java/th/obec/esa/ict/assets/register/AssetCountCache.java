package th.obec.esa.ict.assets.register;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import th.obec.esa.ict.assets.api.AssetQuery;

/**
 * Remembers, for a short while, how many assets a filter matches. Paging through a list asks
 * for the total on every page; counting 100,000 rows each time costs more than the page itself.
 * Any change made through this instance forgets everything; changes made on another instance of
 * a cluster show in the totals after at most {@link #TTL_MILLIS}.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AssetCountCache {

  static final long TTL_MILLIS = 30_000;
  private static final int MAX_ENTRIES = 1000;

  private record Entry(long count, long at) {}

  private final Map<AssetQuery, Entry> counts = new ConcurrentHashMap<>();
  private final Clock clock = Clock.systemUTC();

  public long count(AssetQuery query, Supplier<Long> counter) {
    long now = clock.millis();
    Entry e = counts.get(query);
    if (e != null && now - e.at() < TTL_MILLIS) {
      return e.count();
    }
    long count = counter.get();
    if (counts.size() >= MAX_ENTRIES) {
      counts.clear();
    }
    counts.put(query, new Entry(count, now));
    return count;
  }

  public void invalidate() {
    counts.clear();
  }
}
