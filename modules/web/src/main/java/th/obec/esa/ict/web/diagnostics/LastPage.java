package th.obec.esa.ict.web.diagnostics;

import java.io.Serializable;

/** The last page a session was shown and the SQL statements it took. */
record LastPage(String path, int statements) implements Serializable {

  static final String SESSION_KEY = "ict.diagnostics.lastPage";

  String json() {
    return "{\"path\":\"" + path.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"statements\":" + statements + "}";
  }
}
