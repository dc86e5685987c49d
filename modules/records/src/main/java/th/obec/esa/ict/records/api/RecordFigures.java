package th.obec.esa.ict.records.api;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import th.obec.esa.ict.platform.time.OfficeTime;
import th.obec.esa.ict.records.collection.CentralSystem;
import th.obec.esa.ict.records.collection.CollectionRound;
import th.obec.esa.ict.records.collection.ExpectedReturn;
import th.obec.esa.ict.records.collection.ReturnRules;
import th.obec.esa.ict.records.collection.ReturnState;
import th.obec.esa.ict.records.common.NumberedRecord;
import th.obec.esa.ict.records.common.RecordState;
import th.obec.esa.ict.records.common.RecordsClock;
import th.obec.esa.ict.records.common.RecordsTime;
import th.obec.esa.ict.records.improvement.Improvement;
import th.obec.esa.ict.records.study.Study;

/**
 * The records' figures for other modules. No Actor: the callers decide who sees them. Overdue
 * counts are as of now by the {@link RecordsTime} clock.
 */
@Stateless
public class RecordFigures {

  /** Codes of F01 rounds' states in {@link RecordCase}. */
  public static final String OPEN = "OPEN";
  public static final String COMPLETE = "COMPLETE";
  public static final String OVERDUE = "OVERDUE";

  @PersistenceContext(unitName = "records")
  private EntityManager em;

  @Inject
  @RecordsTime
  private Clock clock;

  /** Per system (in the enum's order, other systems by name), the rounds due from..to (both included). */
  public List<ReturnFigure> returns(LocalDate from, LocalDate to) {
    LocalDate today = LocalDate.now(clock);
    List<CollectionRound> rounds = em.createNamedQuery("CollectionRound.dueBetween", CollectionRound.class)
        .setParameter("from", from).setParameter("to", to).getResultList();
    Map<Long, List<ReturnState>> states = states(rounds, today);
    Map<String, int[]> acc = new LinkedHashMap<>();
    Map<String, String[]> keys = new LinkedHashMap<>();
    List<CollectionRound> sorted = new ArrayList<>(rounds);
    sorted.sort(Comparator.comparing((CollectionRound r) -> r.getSystem().ordinal())
        .thenComparing(r -> r.getOtherName() == null ? "" : r.getOtherName()));
    for (CollectionRound r : sorted) {
      String label = r.getSystem() == CentralSystem.OTHER ? r.getOtherName() : r.getSystem().thai();
      String key = r.getSystem().name() + "|" + (r.getSystem() == CentralSystem.OTHER ? r.getOtherName() : "");
      keys.putIfAbsent(key, new String[] {r.getSystem().name(), label});
      ReturnRules.Tally t = ReturnRules.tally(states.getOrDefault(r.getId(), List.of()));
      int[] a = acc.computeIfAbsent(key, k -> new int[6]);
      a[0]++;
      a[1] += t.expected();
      a[2] += t.onTime();
      a[3] += t.late();
      a[4] += t.overdue();
      a[5] += t.waiting();
    }
    List<ReturnFigure> out = new ArrayList<>();
    acc.forEach((key, a) -> out.add(new ReturnFigure(keys.get(key)[0], keys.get(key)[1], a[0], a[1], a[2], a[3], a[4],
        a[5])));
    return out;
  }

  /**
   * The newest records of the given forms, newest first: F01 rounds, F13 studies (F15 accepted
   * as F13), F16 improvements (F17 accepted as F16).
   */
  public List<RecordCase> cases(Set<String> formCodes, int max) {
    if (formCodes == null || formCodes.isEmpty() || max <= 0) {
      return List.of();
    }
    List<Dated> all = new ArrayList<>();
    LocalDate today = LocalDate.now(clock);
    if (formCodes.contains("F01")) {
      List<CollectionRound> rounds = em.createNamedQuery("CollectionRound.newest", CollectionRound.class)
          .setMaxResults(max).getResultList();
      Map<Long, List<ReturnState>> states = states(rounds, today);
      for (CollectionRound r : rounds) {
        ReturnRules.Tally t = ReturnRules.tally(states.getOrDefault(r.getId(), List.of()));
        String code = t.overdue() > 0 ? OVERDUE : t.expected() > 0 && t.sent() == t.expected() ? COMPLETE : OPEN;
        String thai = switch (code) {
          case OVERDUE -> "มีหน่วยเกินกำหนดส่ง";
          case COMPLETE -> "ส่งครบแล้ว";
          default -> "อยู่ระหว่างรวบรวม";
        };
        all.add(new Dated(r.getCreatedAt().toInstant().toEpochMilli(), new RecordCase("F01", r.getId(), r.getLabel(),
            r.systemLabel() + " " + r.getLabel(), code, thai, r.getDueDate(), false)));
      }
    }
    if (formCodes.contains("F13") || formCodes.contains("F15")) {
      for (Study s : em.createNamedQuery("Study.all", Study.class).setMaxResults(max).getResultList()) {
        all.add(new Dated(s.getCreatedAt().toInstant().toEpochMilli(), recordCase("F13", s.getId(), s)));
      }
    }
    if (formCodes.contains("F16") || formCodes.contains("F17")) {
      for (Improvement i : em.createNamedQuery("Improvement.all", Improvement.class).setMaxResults(max)
          .getResultList()) {
        all.add(new Dated(i.getCreatedAt().toInstant().toEpochMilli(), recordCase("F16", i.getId(), i)));
      }
    }
    return all.stream().sorted(Comparator.comparingLong(Dated::at).reversed()).limit(max).map(Dated::c)
        .collect(Collectors.toList());
  }

  /** The F13 studies recorded from..to (both included). */
  public List<RecordEntry> studies(LocalDate from, LocalDate to) {
    return em.createNamedQuery("Study.recordedBetween", Study.class).setParameter("from", from).setParameter("to", to)
        .getResultList().stream().map(s -> entry("F13", s.getId(), s)).toList();
  }

  /** The F16 improvements recorded from..to (both included). */
  public List<RecordEntry> improvements(LocalDate from, LocalDate to) {
    return em.createNamedQuery("Improvement.recordedBetween", Improvement.class).setParameter("from", from)
        .setParameter("to", to).getResultList().stream().map(i -> entry("F16", i.getId(), i)).toList();
  }

  /** How many studies were recorded from..to. */
  public long studyCount(LocalDate from, LocalDate to) {
    return studies(from, to).size();
  }

  private record Dated(long at, RecordCase c) {}

  private static RecordCase recordCase(String form, long id, NumberedRecord r) {
    return new RecordCase(form, id, r.getNumberText(), r.getTitle(), r.getState().name(), r.getState().thai(),
        r.getRecordedOn(), r.getState() == RecordState.REPORTED);
  }

  private static RecordEntry entry(String form, long id, NumberedRecord r) {
    return new RecordEntry(form, id, r.getNumberText(), r.getTitle(), r.getState().name(), r.getState().thai(),
        r.getStartDate(), r.getEndDate(), r.getRecordedOn(),
        r.getReportedAt() == null ? null : r.getReportedAt().atZoneSameInstant(OfficeTime.ZONE).toLocalDate());
  }

  private Map<Long, List<ReturnState>> states(List<CollectionRound> rounds, LocalDate today) {
    Map<Long, CollectionRound> byId = rounds.stream().collect(Collectors.toMap(CollectionRound::getId, r -> r));
    Map<Long, List<ReturnState>> out = new LinkedHashMap<>();
    List<Long> ids = new ArrayList<>(byId.keySet());
    for (int i = 0; i < ids.size(); i += 500) {
      for (ExpectedReturn e : em.createNamedQuery("ExpectedReturn.ofRounds", ExpectedReturn.class)
          .setParameter("rounds", ids.subList(i, Math.min(ids.size(), i + 500))).getResultList()) {
        CollectionRound r = byId.get(e.getRoundId());
        out.computeIfAbsent(e.getRoundId(), k -> new ArrayList<>())
            .add(ReturnRules.state(r.getDueDate(), e.getSubmittedAt(), today, clock.getZone()));
      }
    }
    return out;
  }
}
