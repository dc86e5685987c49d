package th.obec.esa.ict.delegation.rules;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import th.obec.esa.ict.delegation.api.ActingOption;
import th.obec.esa.ict.delegation.api.ActingResolution;
import th.obec.esa.ict.delegation.api.Basis;
import th.obec.esa.ict.delegation.api.BasisKind;
import th.obec.esa.ict.delegation.api.PathStep;
import th.obec.esa.ict.delegation.api.PathStep.Role;
import th.obec.esa.ict.delegation.api.PathStep.Status;
import th.obec.esa.ict.delegation.api.StandIn;

/**
 * Who acts for a power in a unit at a moment. The holder if present; else the first available
 * stand-in of the order in force (rank order), then the stand-ins' own stand-ins when those are
 * away too (breadth first, at most {@link #MAX_DEPTH} links, nobody twice); else a delegate of the
 * holder's whose delegation is in force; else the same one level up (the superior), shown as an
 * escalation. A person whose directory account is disabled or removed is passed over like an absent
 * one (as holder or stand-in) and never acts as a delegate. A person excluded from the decision (the requester, someone the request names) does
 * not act, and when it is the holder, neither does anyone on their behalf: it goes up at once.
 */
public final class ActingResolver {

  /** The longest chain of stand-ins followed: longer chains say more about the data than about the office. */
  public static final int MAX_DEPTH = 5;

  private ActingResolver() {}

  /** Who acts, and on what basis. */
  public record Found(String uid, Basis basis) {}

  public static ActingResolution resolve(Facts f, String powerCode, String unit, Set<String> excluded) {
    PowerDef power = f.power(powerCode).orElseThrow(() -> new UnknownPowerException(powerCode));
    List<PathStep> path = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String seat = f.seatOf(power, unit);
    String holder = f.org().headOf(seat, f.date()).orElse(null);
    boolean escalated = false;
    for (int level = 0; seat != null && level < Facts.MAX_UNIT_DEPTH; level++) {
      Optional<Found> found = atSeat(f, power, unit, seat, excluded, escalated, path, seen);
      if (found.isPresent()) {
        Basis basis = found.get().basis();
        if (escalated && basis.kind() == BasisKind.OWN) {
          basis = new Basis(BasisKind.ESCALATION, holder, holder == null ? unit : f.name(holder), null, null, null, unit);
        }
        return new ActingResolution(powerCode, unit, f.at(), found.get().uid(), f.name(found.get().uid()), basis,
            escalated, path);
      }
      seat = f.parentOf(seat).orElse(null);
      escalated = true;
    }
    return new ActingResolution(powerCode, unit, f.at(), null, null, null, escalated, path);
  }

  private static Optional<Found> atSeat(Facts f, PowerDef power, String unit, String seat, Set<String> excluded,
      boolean escalated, List<PathStep> path, Set<String> seen) {
    Role role = escalated ? Role.SUPERIOR : Role.HOLDER;
    Optional<String> head = f.org().headOf(seat, f.date());
    if (head.isEmpty()) {
      path.add(new PathStep(0, null, null, role, Status.VACANT, seat, seat));
      return Optional.empty();
    }
    String h = head.get();
    if (!seen.add(h)) {
      path.add(new PathStep(0, h, f.name(h), role, Status.ALREADY_SEEN, null, seat));
      return Optional.empty();
    }
    if (excluded.contains(h)) {
      path.add(new PathStep(0, h, f.name(h), role, Status.EXCLUDED, null, seat));
      return Optional.empty();
    }
    Optional<String> away = f.absence(h);
    if (f.org().accountDisabled(h)) {
      path.add(new PathStep(0, h, f.name(h), role, Status.ACCOUNT_DISABLED, away.orElse(null), seat));
    } else if (away.isEmpty()) {
      path.add(new PathStep(0, h, f.name(h), role, Status.ACTS, null, seat));
      return Optional.of(new Found(h, Basis.own(h, f.name(h))));
    } else {
      path.add(new PathStep(0, h, f.name(h), role, Status.ABSENT, away.get(), seat));
    }
    Optional<Found> standIn = standIn(f, h, f.isRoot(seat), excluded, path, seen);
    if (standIn.isPresent()) {
      return standIn;
    }
    return delegate(f, power, unit, h, excluded, path);
  }

  /** The first available stand-in for {@code holder}, following the chain breadth first. */
  static Optional<Found> standIn(Facts f, String holder, boolean headOfOffice, Set<String> excluded,
      List<PathStep> path, Set<String> seen) {
    List<String> frontier = List.of(holder);
    BasisKind kind = headOfOffice ? BasisKind.ACTING_HEAD : BasisKind.STAND_IN;
    for (int depth = 1; depth <= MAX_DEPTH; depth++) {
      List<String> next = new ArrayList<>();
      for (String person : frontier) {
        for (StandIn s : ordered(f.org().standInsOf(person, f.date()))) {
          String uid = s.standInUid();
          String via = s.orderNumber() + " ข้อ " + s.dutyNumber();
          if (!seen.add(uid)) {
            path.add(new PathStep(depth, uid, f.name(uid), Role.STAND_IN, Status.ALREADY_SEEN, null, via));
            continue;
          }
          if (excluded.contains(uid)) {
            path.add(new PathStep(depth, uid, f.name(uid), Role.STAND_IN, Status.EXCLUDED, null, via));
            next.add(uid);
            continue;
          }
          if (f.org().accountDisabled(uid)) {
            // the account is disabled or removed: passed over like an absent stand-in, their own stand-ins follow
            path.add(new PathStep(depth, uid, f.name(uid), Role.STAND_IN, Status.ACCOUNT_DISABLED, null, via));
            next.add(uid);
            continue;
          }
          Optional<String> away = f.absence(uid);
          if (away.isPresent()) {
            path.add(new PathStep(depth, uid, f.name(uid), Role.STAND_IN, Status.ABSENT, away.get(), via));
            next.add(uid);
            continue;
          }
          path.add(new PathStep(depth, uid, f.name(uid), Role.STAND_IN, Status.ACTS, null, via));
          return Optional.of(new Found(uid,
              new Basis(kind, holder, f.name(holder), s.orderNumber(), s.dutyNumber(), null, null)));
        }
      }
      if (next.isEmpty()) {
        return Optional.empty();
      }
      frontier = next;
    }
    path.add(new PathStep(MAX_DEPTH + 1, null, null, Role.STAND_IN, Status.TOO_DEEP, null, null));
    return Optional.empty();
  }

  private static Optional<Found> delegate(Facts f, PowerDef power, String unit, String holder, Set<String> excluded,
      List<PathStep> path) {
    for (Grant g : newestFirst(f)) {
      if (!g.powers().contains(power.code()) || !f.covers(g.unitCode(), unit)
          || !f.rootDelegatorOf(g).filter(holder::equals).isPresent()
          || GrantRules.problemBesidesAmount(f, g, power, unit).isPresent()) {
        continue;
      }
      Optional<String> d = f.delegateOf(g);
      if (d.isEmpty()) {
        continue;
      }
      String uid = d.get();
      String via = "#" + g.id();
      Optional<String> away = f.absence(uid);
      Status status = excluded.contains(uid) ? Status.EXCLUDED
          : f.org().accountDisabled(uid) ? Status.ACCOUNT_DISABLED
          : away.isPresent() ? Status.ABSENT : Status.ACTS;
      path.add(new PathStep(1, uid, f.name(uid), Role.DELEGATE, status, away.orElse(null), via));
      if (status == Status.ACTS) {
        return Optional.of(new Found(uid, delegationBasis(f, holder, g)));
      }
    }
    return Optional.empty();
  }

  /** The basis of acting as the delegate of {@code g} for {@code principal}. */
  public static Basis delegationBasis(Facts f, String principal, Grant g) {
    return new Basis(BasisKind.DELEGATION, principal, f.name(principal), null, null, g.id(), g.reference());
  }

  /**
   * Everyone {@code uid} may act for at the facts' moment: each away holder whose chain of stand-ins
   * comes to {@code uid} first, and each delegator of a delegation in force naming {@code uid}.
   */
  public static List<ActingOption> optionsFor(Facts f, String uid) {
    List<ActingOption> options = new ArrayList<>();
    Set<String> allPowers = f.powers().keySet();
    if (f.org().accountDisabled(uid)) {
      return options;
    }
    for (String holder : holdersReachableFrom(f, uid)) {
      if (f.absence(holder).isEmpty() && !f.org().accountDisabled(holder)) {
        continue;
      }
      standInFor(f, holder)
          .filter(found -> found.uid().equals(uid))
          .ifPresent(found -> options.add(new ActingOption(holder, f.name(holder), found.basis(), allPowers, null)));
    }
    for (Grant g : usableGrants(f)) {
      String root = f.rootDelegatorOf(g).orElseThrow();
      if (f.isDelegate(g, uid) && !root.equals(uid)) {
        options.add(new ActingOption(root, f.name(root), delegationBasis(f, root, g), g.powers(), chainEnd(f, g)));
      }
    }
    return options;
  }

  /** Who acts for an away {@code holder} by the order at the facts' moment (any power of theirs). */
  public static Optional<Found> standInFor(Facts f, String holder) {
    Set<String> seen = new HashSet<>(Set.of(holder));
    boolean headOfOffice = f.org().superiorOf(holder, f.date()).isEmpty();
    return standIn(f, holder, headOfOffice, Set.of(), new ArrayList<>(), seen);
  }

  /** The delegations usable at the facts' moment for at least one of their powers in their own unit. */
  public static List<Grant> usableGrants(Facts f) {
    return newestFirst(f).stream()
        .filter(g -> f.rootDelegatorOf(g).isPresent() && f.delegateOf(g).isPresent())
        .filter(g -> g.powers().stream().map(f::power).flatMap(Optional::stream)
            .anyMatch(p -> GrantRules.problemBesidesAmount(f, g, p, g.unitCode()).isEmpty()))
        .toList();
  }

  private static Set<String> holdersReachableFrom(Facts f, String uid) {
    Set<String> holders = new LinkedHashSet<>();
    List<String> frontier = List.of(uid);
    for (int depth = 1; depth <= MAX_DEPTH && !frontier.isEmpty(); depth++) {
      List<String> next = new ArrayList<>();
      for (String person : frontier) {
        for (StandIn s : f.org().standInClausesNaming(person, f.date())) {
          if (!s.holderUid().equals(uid) && holders.add(s.holderUid())) {
            next.add(s.holderUid());
          }
        }
      }
      frontier = next;
    }
    return holders;
  }

  private static OffsetDateTime chainEnd(Facts f, Grant g) {
    OffsetDateTime end = g.until();
    Grant current = g;
    for (int i = 0; i < Facts.MAX_UNIT_DEPTH && current.parentId() != null; i++) {
      current = f.grants().get(current.parentId());
      if (current == null) {
        break;
      }
      end = current.until().isBefore(end) ? current.until() : end;
    }
    return end;
  }

  /** One entry per stand-in, in rank order (the first clause naming them wins). */
  static List<StandIn> ordered(List<StandIn> clauses) {
    Map<String, StandIn> byUid = new LinkedHashMap<>();
    clauses.stream().sorted(Comparator.comparingInt(StandIn::rank)).forEach(s -> byUid.putIfAbsent(s.standInUid(), s));
    return List.copyOf(byUid.values());
  }

  static List<Grant> newestFirst(Facts f) {
    return f.grants().values().stream()
        .sorted(Comparator.comparing(Grant::from).reversed().thenComparing(Grant::id, Comparator.reverseOrder()))
        .toList();
  }
}
