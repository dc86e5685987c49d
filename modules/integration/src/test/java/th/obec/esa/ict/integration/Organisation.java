package th.obec.esa.ict.integration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import th.obec.esa.ict.organization.api.OfficeRef;
import th.obec.esa.ict.organization.api.StaffRef;
import th.obec.esa.ict.organization.api.UnitRef;

/**
 * A small office for the rules' tests, in memory: units and sub-units, people placed in them, and
 * the directors an order names from its effective date. {@link #heads()} answers from it as the
 * organisation module answers the adapters.
 */
final class Organisation {

  static final String OFFICE_CODE = "CHUMPHON-1";
  static final String OFFICE_NAME = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาชุมพร เขต 1";

  private record Appointment(String uid, LocalDate from) {}

  private final Map<String, UnitRef> units = new LinkedHashMap<>();
  private final Map<String, StaffRef> staff = new HashMap<>();
  private final Map<Long, List<Appointment>> directors = new HashMap<>();
  private String officeDirectorUid;
  private long nextId = 1;

  OfficeRef office() {
    return new OfficeRef(OFFICE_CODE, OFFICE_NAME, "สพป.ชุมพร เขต 1", null, null,
        officeDirectorUid == null ? null : staff.get(officeDirectorUid).id());
  }

  /** A unit; {@code parentCode} null puts it directly under the office. */
  Organisation unit(String code, String nameTh, String parentCode) {
    units.put(code, new UnitRef(nextId++, code, nameTh, code, parentCode));
    return this;
  }

  /** A person placed in a unit, or in the office itself when {@code unitCode} is null. */
  Organisation person(String uid, String fullNameTh, String unitCode, String position) {
    UnitRef u = unitCode == null ? null : units.get(unitCode);
    staff.put(uid, new StaffRef(nextId++, uid, fullNameTh, null, u == null ? null : u.id(),
        u == null ? null : u.nameTh(), position, null, "ACTIVE", false));
    return this;
  }

  /** The order in force from {@code from} names {@code uid} the director of the unit. */
  Organisation directs(String uid, String unitCode, LocalDate from) {
    directors.computeIfAbsent(units.get(unitCode).id(), k -> new ArrayList<>()).add(new Appointment(uid, from));
    return this;
  }

  Organisation areaDirector(String uid) {
    this.officeDirectorUid = uid;
    return this;
  }

  StaffRef staff(String uid) {
    return staff.get(uid);
  }

  Optional<UnitRef> unit(String code) {
    return Optional.ofNullable(units.get(code));
  }

  Heads heads() {
    return new Heads(this::office, this::unit,
        id -> units.values().stream().filter(u -> u.id() == id).findFirst(),
        uid -> Optional.ofNullable(staff.get(uid)),
        () -> Optional.ofNullable(officeDirectorUid).map(staff::get),
        this::directorOf,
        (uid, on) -> Optional.ofNullable(staff.get(uid)).map(StaffRef::unitId).flatMap(id -> directorOf(id, on)));
  }

  /** The newest appointment in force on the day. */
  private Optional<StaffRef> directorOf(long unitId, LocalDate on) {
    return directors.getOrDefault(unitId, List.of()).stream()
        .filter(a -> !a.from().isAfter(on))
        .reduce((a, b) -> b.from().isAfter(a.from()) ? b : a)
        .map(a -> staff.get(a.uid()));
  }
}
