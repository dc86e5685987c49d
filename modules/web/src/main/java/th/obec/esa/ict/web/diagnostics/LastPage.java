package th.obec.esa.ict.web.diagnostics;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The last page a session was shown, the SQL statements it took and which queries they were. */
record LastPage(String path, int statements, TreeMap<String, Integer> queries) implements Serializable {

  static final String SESSION_KEY = "ict.diagnostics.lastPage";

  LastPage(String path, int statements, Map<String, Integer> queries) {
    this(path, statements, new TreeMap<>(queries));
  }

  String json() {
    return "{\"path\":" + quoted(path) + ",\"statements\":" + statements + ",\"queries\":{"
        + queries.entrySet().stream().map(e -> quoted(e.getKey()) + ":" + e.getValue()).collect(Collectors.joining(","))
        + "}}";
  }

  private static String quoted(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
