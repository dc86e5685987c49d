package th.obec.esa.ict.organization.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed file resolved against the stored data: for every person whether they are new or
 * known, every unit and position, and every stand-in relation. Saving it only follows the plan.
 */
public final class ImportPlan {

  /**
   * A person the order mentions: a file entry (new or matched to a stored person), a stored
   * person named only in a clause, or a new person named only in a clause (referenced only).
   */
  public static final class Party {
    final ParsedOrder.Person person;
    final ImportLookup.KnownStaff existing;
    final ParsedOrder.NameRef ref;

    Party(ParsedOrder.Person person, ImportLookup.KnownStaff existing, ParsedOrder.NameRef ref) {
      this.person = person;
      this.existing = existing;
      this.ref = ref;
    }

    public boolean isNewReferencedOnly() {
      return person == null && existing == null;
    }

    public String display() {
      if (person != null) {
        return person.display();
      }
      return ref != null ? ref.name().full() : existing.given() + " " + existing.family();
    }
  }

  /** A file entry with what it resolved to. */
  public static final class Entry {
    final ParsedOrder.Person person;
    final Party party;
    Long unitId;
    Long actingUnitId;
    Long existingPositionId;

    Entry(ParsedOrder.Person person, Party party) {
      this.person = person;
      this.party = party;
    }

    public Long unitId() { return unitId; }
    public Long actingUnitId() { return actingUnitId; }
    public Party party() { return party; }
  }

  /** A stand-in clause: who stands in for whom, at which rank, printed in which line of which entry. */
  public record StandInPlan(Party holder, Party standIn, int rank, ParsedOrder.Person clausePerson, int clauseLine,
      String printedName) {}

  final ParsedOrder parsed;
  final Map<ParsedOrder.Person, Entry> entries = new LinkedHashMap<>();
  final List<Party> referenced = new ArrayList<>();
  final List<StandInPlan> standIns = new ArrayList<>();
  Long supersedesOrderId;
  Long signerStaffId;
  ImportReport report;

  ImportPlan(ParsedOrder parsed) {
    this.parsed = parsed;
  }

  public ParsedOrder parsed() { return parsed; }
  public Map<ParsedOrder.Person, Entry> entries() { return entries; }
  public List<Party> referenced() { return referenced; }
  public List<StandInPlan> standIns() { return standIns; }
  public Long supersedesOrderId() { return supersedesOrderId; }
  public ImportReport report() { return report; }
}
