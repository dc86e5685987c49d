package th.obec.esa.ict.organization;

/** The optimistic-lock check every edit makes before it changes anything. */
public final class Versions {

  private Versions() {}

  /**
   * @param expected the version the editor loaded (null: the caller does not check, e.g. an import)
   * @throws StaleEditException when the stored version moved on since the editor loaded it
   */
  public static void check(String what, Object id, Long expected, long actual) {
    if (expected != null && expected != actual) {
      throw new StaleEditException(what, id);
    }
  }
}
