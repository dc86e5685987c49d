package th.obec.esa.ict.traffic.record;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The WHERE clause of a query and its parameters, built once for the count, the page and the export. */
final class Filter {

  final String where;
  private final List<Object> params;

  private Filter(String where, List<Object> params) {
    this.where = where;
    this.params = params;
  }

  static Filter of(TrafficQuery q) {
    List<String> parts = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (q.from() != null) {
      parts.add("occurred_at >= ?");
      params.add(q.from());
    }
    if (q.to() != null) {
      parts.add("occurred_at < ?");
      params.add(q.to());
    }
    if (q.uid() != null) {
      parts.add("(user_uid = ? OR acting_for_uid = ? OR attempted_uid = ?)");
      params.add(q.uid());
      params.add(q.uid());
      params.add(q.uid());
    }
    if (q.sourceAddr() != null) {
      parts.add("source_addr = ?");
      params.add(q.sourceAddr());
    }
    if (q.kind() != null) {
      parts.add("kind = ?");
      params.add(q.kind().name());
    }
    if (q.urlContains() != null) {
      parts.add("url LIKE ? ESCAPE '!'");
      params.add("%" + q.urlContains().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
    }
    return new Filter(parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts), params);
  }

  /** Binds the parameters from index 1; returns the next free index. */
  int bind(PreparedStatement ps) throws SQLException {
    int i = 1;
    for (Object p : params) {
      ps.setObject(i++, p);
    }
    return i;
  }
}
