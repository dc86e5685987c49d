package th.obec.esa.ict.delegation.rules;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import th.obec.esa.ict.delegation.api.DelegateKind;
import th.obec.esa.ict.delegation.api.OrganizationPort;
import th.obec.esa.ict.delegation.api.PowerLevel;
import th.obec.esa.ict.platform.time.ThaiDates;

/**
 * Everything the rules look at, as of one moment {@code at}: the organisation (through its port),
 * who is away at that moment ({@code absences}: uid to absence kind), the named powers, and the
 * delegations that may matter (in force, or ended recently enough to explain a refusal).
 */
public record Facts(OffsetDateTime at, ZoneId zone, OrganizationPort org, Map<String, String> absences,
    Map<String, PowerDef> powers, Map<Long, Grant> grants, Set<String> absencesRecordedByOthers) {

  /** How far up the units are followed: deeper than any office, and a guard against a cycle in bad data. */
  static final int MAX_UNIT_DEPTH = 12;

  public Facts {
    absences = Map.copyOf(absences);
    powers = Map.copyOf(powers);
    grants = Map.copyOf(grants);
    absencesRecordedByOthers = Set.copyOf(absencesRecordedByOthers);
  }

  /** Facts where every absence was recorded by the absent person themself. */
  public Facts(OffsetDateTime at, ZoneId zone, OrganizationPort org, Map<String, String> absences,
      Map<String, PowerDef> powers, Map<Long, Grant> grants) {
    this(at, zone, org, absences, powers, grants, Set.of());
  }

  /**
   * Whether the person is away at this moment by an absence someone else recorded: it moved their
   * powers at once, and what is done under it is marked in the acting record.
   */
  public boolean awayByAnothersRecord(String uid) {
    return uid != null && absences.containsKey(uid) && absencesRecordedByOthers.contains(uid);
  }

  /** The office's calendar date of {@code at}: orders and stand-ins are in force by date. */
  public LocalDate date() {
    return at.atZoneSameInstant(zone).toLocalDate();
  }

  /** A moment as the office reads it in messages: Buddhist-era date and local time, "16/10/2561 09:30:00". */
  public String show(OffsetDateTime t) {
    var local = t.atZoneSameInstant(zone);
    return ThaiDates.formatNumeric(local.toLocalDate()) + " " + local.toLocalTime().withNano(0);
  }

  public Optional<String> absence(String uid) {
    return Optional.ofNullable(absences.get(uid));
  }

  public Optional<PowerDef> power(String code) {
    return Optional.ofNullable(powers.get(code));
  }

  public String name(String uid) {
    return uid == null ? null : org.displayName(uid).orElse(uid);
  }

  public Optional<String> parentOf(String unit) {
    return org.parentOf(unit, date());
  }

  /** The office (the unit with no parent) above {@code unit}. */
  public String rootOf(String unit) {
    String current = unit;
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < MAX_UNIT_DEPTH && seen.add(current); i++) {
      Optional<String> parent = parentOf(current);
      if (parent.isEmpty()) {
        return current;
      }
      current = parent.get();
    }
    return current;
  }

  /** Whether a delegation scoped to {@code scope} reaches {@code unit}: the unit itself or one under it. */
  public boolean covers(String scope, String unit) {
    String current = unit;
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < MAX_UNIT_DEPTH && current != null && seen.add(current); i++) {
      if (current.equals(scope)) {
        return true;
      }
      current = parentOf(current).orElse(null);
    }
    return false;
  }

  /** The unit whose head holds the power for {@code unit}: the unit itself, or the office. */
  public String seatOf(PowerDef power, String unit) {
    return power.level() == PowerLevel.OFFICE ? rootOf(unit) : unit;
  }

  /** The holder of the power for {@code unit} by position; empty when the post is vacant. */
  public Optional<String> holderOf(PowerDef power, String unit) {
    return org.headOf(seatOf(power, unit), date());
  }

  public boolean isRoot(String unit) {
    return parentOf(unit).isEmpty();
  }

  /** The person a delegation names at this moment (for a position, whoever heads the unit now). */
  public Optional<String> delegateOf(Grant g) {
    return g.delegateKind() == DelegateKind.PERSON ? Optional.of(g.delegateRef()) : org.headOf(g.delegateRef(), date());
  }

  /** The first delegator of a (re-)delegation chain; empty when the chain is broken or loops. */
  public Optional<String> rootDelegatorOf(Grant g) {
    Grant current = g;
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < MAX_UNIT_DEPTH && current != null && seen.add(current.id()); i++) {
      if (current.parentId() == null) {
        return Optional.of(current.delegatorUid());
      }
      current = grants.get(current.parentId());
    }
    return Optional.empty();
  }

  public boolean isDelegate(Grant g, String uid) {
    return delegateOf(g).filter(d -> Objects.equals(d, uid)).isPresent();
  }
}
