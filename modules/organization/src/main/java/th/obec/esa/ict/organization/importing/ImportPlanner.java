package th.obec.esa.ict.organization.importing;

import static th.obec.esa.ict.organization.importing.AnomalyCode.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import th.obec.esa.ict.organization.staff.PersonName;
import th.obec.esa.ict.organization.staff.Position;

/**
 * Resolves a parsed file against what the office already has: units by name, people by uid or
 * name, positions by number, the order to supersede. Never invents or drops a person: an
 * unlisted person named in a clause becomes "referenced only", an unnamed entry stays unknown.
 */
public final class ImportPlanner {

  private final ParsedOrder parsed;
  private final ImportLookup lookup;
  private final ImportPlan plan;
  private final Map<String, ImportPlan.Party> byName = new HashMap<>();

  private ImportPlanner(ParsedOrder parsed, ImportLookup lookup) {
    this.parsed = parsed;
    this.lookup = lookup;
    this.plan = new ImportPlan(parsed);
  }

  public static ImportPlan plan(String fileName, ParsedOrder parsed, ImportLookup lookup) {
    ImportPlanner planner = new ImportPlanner(parsed, lookup);
    planner.order();
    planner.entries();
    planner.standIns();
    ImportPlan p = planner.plan;
    int lines = parsed.lineCount();
    int newStaff = (int) p.entries.values().stream().filter(e -> e.party.existing == null).count() + p.referenced.size();
    p.report = new ImportReport(fileName, parsed.header.number(), parsed.persons.size(), lines, p.standIns.size(),
        newStaff, p.referenced.size(), parsed.anomalies, null);
    return p;
  }

  private void add(int row, AnomalyCode code, String value) {
    parsed.add(row, code, value);
  }

  private void order() {
    ParsedOrder.Header h = parsed.header;
    if (h.number != null && lookup.order(h.number, h.yearBe).isPresent()) {
      add(h.numberRow, ORDER_EXISTS, h.number());
    }
    if (h.supersedesNumber != null) {
      Optional<ImportLookup.KnownOrder> older = lookup.order(h.supersedesNumber, h.supersedesYear);
      if (older.isEmpty()) {
        add(h.supersedesRow, SUPERSEDED_NOT_FOUND, h.supersedesPrinted);
      } else if (!"IN_FORCE".equals(older.get().status())
          || h.effectiveFrom != null && !h.effectiveFrom.isAfter(older.get().effectiveFrom())) {
        add(h.supersedesRow, SUPERSEDE_INVALID, h.supersedesPrinted);
      } else {
        plan.supersedesOrderId = older.get().id();
      }
    }
    if (h.signerName != null) {
      PersonName signer = PersonName.parse(h.signerName);
      Optional<ImportLookup.KnownStaff> known = signer == null || signer.family() == null
          ? Optional.empty() : lookup.staffByName(signer.given(), signer.family());
      if (known.isPresent()) {
        plan.signerStaffId = known.get().id();
      } else {
        add(h.signerRow, SIGNER_NOT_FOUND, h.signerName);
      }
    }
  }

  private void entries() {
    List<ImportLookup.KnownUnit> units = lookup.units();
    for (ParsedOrder.Person p : parsed.persons) {
      ImportPlan.Party party = new ImportPlan.Party(p, p.nameKnown() ? known(p) : null, null);
      ImportPlan.Entry e = new ImportPlan.Entry(p, party);
      plan.entries.put(p, e);
      if (p.nameKnown()) {
        byName.put(p.name().key(), party);
      }
      units.stream().filter(u -> u.isCalled(p.unitName)).findFirst().ifPresentOrElse(
          u -> e.unitId = u.id(), () -> add(p.firstRow, UNKNOWN_UNIT, p.unitName));
      if (p.actingRole != null) {
        String role = ImportLookup.squeeze(p.actingRole);
        units.stream().filter(u -> role.contains(ImportLookup.squeeze(u.nameTh())))
            .max((a, b) -> Integer.compare(a.nameTh().length(), b.nameTh().length()))
            .ifPresentOrElse(u -> e.actingUnitId = u.id(), () -> add(p.firstRow, ACTING_UNIT_UNKNOWN, p.actingRole));
      }
      if (party.existing != null) {
        boolean referencedOnly = "REFERENCED_ONLY".equals(party.existing.status());
        add(p.firstRow, referencedOnly ? REFERENCED_NOW_LISTED : PERSON_MATCHED, p.display());
        if (!referencedOnly && party.existing.unitId() != null && e.unitId != null && !party.existing.unitId().equals(e.unitId)) {
          add(p.firstRow, STAFF_UNIT_DIFFERS, p.display());
        }
      } else {
        add(p.firstRow, PERSON_CREATED, p.display());
      }
      position(p, e);
    }
  }

  private ImportLookup.KnownStaff known(ParsedOrder.Person p) {
    if (p.uid != null) {
      Optional<ImportLookup.KnownStaff> byUid = lookup.staffByUid(p.uid);
      if (byUid.isPresent()) {
        ImportLookup.KnownStaff k = byUid.get();
        if (!Objects.equals(k.given(), p.given) || !Objects.equals(k.family(), p.family)) {
          add(p.firstRow, CONFLICTING_UID, p.uid);
          return null;
        }
        return k;
      }
    }
    if (p.family == null) {
      return null;
    }
    return lookup.staffByName(p.given, p.family).orElse(null);
  }

  private void position(ParsedOrder.Person p, ImportPlan.Entry e) {
    if (p.positionNumber == null) {
      return;
    }
    lookup.positionByNumber(p.positionNumber).ifPresent(known -> {
      e.existingPositionId = known.id();
      if (p.positionTitle != null) {
        String[] printed = Position.splitLevel(p.positionTitle);
        if (!printed[0].equals(known.titleTh()) || !Objects.equals(printed[1], known.level())) {
          add(p.firstRow, POSITION_TITLE_DIFFERS, p.positionNumberRaw + ": " + p.positionTitle);
        }
      }
    });
  }

  private void standIns() {
    Set<List<ImportPlan.Party>> seen = new HashSet<>();
    for (ParsedOrder.Person p : parsed.persons) {
      ImportPlan.Party self = plan.entries.get(p).party;
      for (int i = 0; i < p.lines.size(); i++) {
        ParsedOrder.Line line = p.lines.get(i);
        int rank = 1;
        for (ParsedOrder.NameRef ref : line.standIns) {
          relate(self, resolve(ref), rank++, p, i, ref, seen);
        }
        if (line.actsFor != null) {
          relate(resolve(line.actsFor), self, 1, p, i, line.actsFor, seen);
        }
      }
    }
  }

  private void relate(ImportPlan.Party holder, ImportPlan.Party standIn, int rank, ParsedOrder.Person clausePerson,
      int clauseLine, ParsedOrder.NameRef ref, Set<List<ImportPlan.Party>> seen) {
    if (holder == standIn) {
      add(ref.row(), SELF_STAND_IN, ref.printed());
      return;
    }
    if (!seen.add(new ArrayList<>(List.of(holder, standIn)))) {
      add(ref.row(), STAND_IN_PRINTED_TWICE, holder.display() + " ← " + standIn.display());
    }
    plan.standIns.add(new ImportPlan.StandInPlan(holder, standIn, rank, clausePerson, clauseLine, ref.printed()));
  }

  /** The person a clause names: an entry of this file, a stored person, or a new referenced-only person. */
  private ImportPlan.Party resolve(ParsedOrder.NameRef ref) {
    String key = ref.name().key();
    ImportPlan.Party party = byName.get(key);
    if (party != null) {
      return party;
    }
    Optional<ImportLookup.KnownStaff> known = lookup.staffByName(ref.name().given(), ref.name().family());
    if (known.isPresent()) {
      party = new ImportPlan.Party(null, known.get(), ref);
      if ("REFERENCED_ONLY".equals(known.get().status())) {
        add(ref.row(), STAND_IN_ALREADY_REFERENCED, ref.printed());
      }
    } else {
      party = new ImportPlan.Party(null, null, ref);
      plan.referenced.add(party);
      add(ref.row(), STAND_IN_NOT_LISTED, ref.printed());
    }
    byName.put(key, party);
    return party;
  }
}
