package th.obec.esa.ict.organization.importing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the planner needs to know about the stored data of the office, so that resolving a file
 * (units, known people, positions, orders) is tested without a database.
 */
public interface ImportLookup {

  record KnownUnit(long id, String code, String nameTh, String nameEn) {
    /** Spaces do not count: printed unit names differ in spacing. */
    public boolean isCalled(String printed) {
      String p = squeeze(printed);
      return p.equals(squeeze(nameTh)) || p.equalsIgnoreCase(code) || nameEn != null && p.equalsIgnoreCase(squeeze(nameEn));
    }
  }

  record KnownStaff(long id, String status, String given, String family, String uid, Long unitId) {}

  record KnownPosition(long id, String titleTh, String level) {}

  record KnownOrder(long id, String status, LocalDate effectiveFrom) {}

  List<KnownUnit> units();

  Optional<KnownStaff> staffByUid(String uid);

  Optional<KnownStaff> staffByName(String given, String family);

  Optional<KnownPosition> positionByNumber(String normalized);

  Optional<KnownOrder> order(int number, int yearBe);

  static String squeeze(String s) {
    return s == null ? "" : s.replaceAll("\\s+", "");
  }
}
