package th.obec.esa.ict.integration;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import th.obec.esa.ict.organization.api.OfficeRef;
import th.obec.esa.ict.organization.api.StaffRef;
import th.obec.esa.ict.organization.api.StandIns;
import th.obec.esa.ict.organization.api.UnitRef;
import th.obec.esa.ict.organization.api.Units;

/**
 * Who heads a unit and who is above whom, as the delegation and the forms ask it. The office's own
 * code names the office, whose head is the area director (ผอ.สพป.); a unit's head is its director by
 * the order in force. The organisation's answers come in as plain lookups, so that the rules can be
 * checked against a small organisation of the test's own.
 */
final class Heads {

  private final Supplier<OfficeRef> office;
  private final Function<String, Optional<UnitRef>> unitByCode;
  private final Function<Long, Optional<UnitRef>> unitById;
  private final Function<String, Optional<StaffRef>> staffByUid;
  private final Supplier<Optional<StaffRef>> officeDirector;
  private final BiFunction<Long, LocalDate, Optional<StaffRef>> unitDirectorOf;
  private final BiFunction<String, LocalDate, Optional<StaffRef>> unitDirectorFor;

  /**
   * @param unitDirectorOf the director of a unit (by id) by the order in force on the day
   * @param unitDirectorFor the director of the unit a person (by uid) belongs to by the order in
   *     force on the day, possibly the person themself
   */
  Heads(Supplier<OfficeRef> office, Function<String, Optional<UnitRef>> unitByCode,
      Function<Long, Optional<UnitRef>> unitById, Function<String, Optional<StaffRef>> staffByUid,
      Supplier<Optional<StaffRef>> officeDirector, BiFunction<Long, LocalDate, Optional<StaffRef>> unitDirectorOf,
      BiFunction<String, LocalDate, Optional<StaffRef>> unitDirectorFor) {
    this.office = office;
    this.unitByCode = unitByCode;
    this.unitById = unitById;
    this.staffByUid = staffByUid;
    this.officeDirector = officeDirector;
    this.unitDirectorOf = unitDirectorOf;
    this.unitDirectorFor = unitDirectorFor;
  }

  /** Over the organisation module's API. */
  static Heads of(StandIns standIns, Units units) {
    return new Heads(units::officeRef, units::unitByCode, units::unitById, standIns::staffByUid,
        standIns::officeDirector, standIns::unitDirectorOf, standIns::unitDirectorFor);
  }

  boolean isOffice(String unitCode) {
    return Objects.equals(office.get().code(), unitCode);
  }

  /** The office's head for the office's code, else the unit's director by the order in force; empty when vacant or unknown. */
  Optional<String> headOf(String unitCode, LocalDate on) {
    if (isOffice(unitCode)) {
      return officeDirector.get().map(StaffRef::uid);
    }
    return unitByCode.apply(unitCode)
        .flatMap(u -> unitDirectorOf.apply(u.id(), on))
        .map(StaffRef::uid);
  }

  /** The unit above (a unit without a parent is directly under the office); empty for the office and an unknown code. */
  Optional<String> parentOf(String unitCode) {
    if (isOffice(unitCode)) {
      return Optional.empty();
    }
    return unitByCode.apply(unitCode)
        .map(u -> u.parentCode() != null ? u.parentCode() : office.get().code());
  }

  /**
   * The head of the person's unit; for the head themself (or when their unit has no director in
   * the order in force) the nearest head of a unit above who is someone else, or the office's head
   * when there is none; empty for the office's head. Nobody is their own superior, also not when
   * the order makes the director of a unit also the director of one of its sub-units.
   */
  Optional<String> superiorOf(String uid, LocalDate on) {
    Optional<StaffRef> officeHead = officeDirector.get();
    if (officeHead.map(h -> uid.equals(h.uid())).orElse(false)) {
      return Optional.empty();
    }
    Optional<StaffRef> head = unitDirectorFor.apply(uid, on);
    if (head.isPresent() && !uid.equals(head.get().uid())) {
      return head.map(StaffRef::uid);
    }
    // the person heads their unit, or nobody does: the head of a unit above, or the office's head
    Set<String> seen = new HashSet<>();
    Optional<String> above = staffByUid.apply(uid).flatMap(this::unitOf).map(UnitRef::parentCode);
    while (above.isPresent() && !isOffice(above.get()) && seen.add(above.get())) {
      Optional<String> h = headOf(above.get(), on);
      if (h.isPresent() && !uid.equals(h.get())) {
        return h;
      }
      above = unitByCode.apply(above.get()).map(UnitRef::parentCode);
    }
    return officeHead.map(StaffRef::uid);
  }

  /** The unit the person is placed in; empty for someone placed in the office itself. */
  Optional<UnitRef> unitOf(StaffRef person) {
    return person.unitId() == null ? Optional.empty() : unitById.apply(person.unitId());
  }

  /** Whether the person is the unit's director by the order in force on the day. */
  boolean heads(String uid, UnitRef unit, LocalDate on) {
    return unitDirectorOf.apply(unit.id(), on).map(d -> uid.equals(d.uid())).orElse(false);
  }
}
