package th.obec.esa.ict.organization.directory;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import th.obec.esa.ict.core.api.DirectoryAccount;
import th.obec.esa.ict.core.api.DirectoryAccounts;
import th.obec.esa.ict.core.api.DirectoryListing;
import th.obec.esa.ict.organization.NotFoundException;
import th.obec.esa.ict.organization.OrganizationException;
import th.obec.esa.ict.organization.api.DirectoryMatches;
import th.obec.esa.ict.organization.api.DirectoryMatches.MarkedRow;
import th.obec.esa.ict.organization.api.DirectoryMatches.MatchRow;
import th.obec.esa.ict.organization.api.DirectoryMatches.StaffEntry;
import th.obec.esa.ict.organization.api.DirectoryMatching;
import th.obec.esa.ict.organization.api.MatchAccepted;
import th.obec.esa.ict.organization.api.SyncReport;
import th.obec.esa.ict.organization.order.OfficeOrder;
import th.obec.esa.ict.organization.staff.DirectoryState;
import th.obec.esa.ict.organization.staff.Staff;
import th.obec.esa.ict.organization.staff.StaffStatus;
import th.obec.esa.ict.organization.unit.Office;
import th.obec.esa.ict.platform.audit.AuditTrail;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.platform.security.Roles;
import th.obec.esa.ict.platform.time.OfficeTime;

/**
 * Directory matching and the directory sync. The people compared are those of the orders in force
 * today: everyone with an entry, everyone a stand-in clause names, the signers, and the office's
 * director; a person whose name was cut cannot be matched and is left out. Every change (a link
 * accepted, a state the sync changed, each sync run) is written to the audit trail in the same
 * transaction.
 */
@Stateless
@Local(DirectoryMatching.class)
@LocalBean
public class DirectoryMatchService implements DirectoryMatching {

  private static final Logger LOG = Logger.getLogger(DirectoryMatchService.class.getName());

  /** Who the audit trail names for the nightly sync. */
  public static final String SYSTEM_UID = "system";

  /** How many past runs the matching page shows. */
  static final int SYNCS_SHOWN = 10;

  @PersistenceContext(unitName = "organization")
  private EntityManager em;

  @EJB
  private DirectoryAccounts directory;

  @EJB
  private AuditTrail audit;

  @Override
  public DirectoryMatches matches(Actor actor) {
    actor.requireAnyRole(Roles.ORG_ADMIN);
    List<Staff> people = staffOfOrdersInForce(today());
    List<MarkedRow> marked = people.stream().filter(Staff::accountUnusable)
        .map(s -> new MarkedRow(entry(s), s.getDirectoryState().name(), s.getDirectoryCheckedAt())).toList();
    List<SyncReport> syncs = recentSyncs();
    DirectoryListing listing = directory.accounts();
    if (!listing.reachable()) {
      return new DirectoryMatches(false, listing.problem(), List.of(), List.of(), List.of(), List.of(), List.of(), marked,
          syncs);
    }
    DirectoryMatcher.Result r = DirectoryMatcher.match(persons(people), listing.accounts());
    return new DirectoryMatches(true, null, r.matched(), r.proposed(), r.ambiguous(), r.unmatchedStaff(),
        r.unmatchedAccounts(), marked, syncs);
  }

  @Override
  public MatchAccepted accept(Actor actor, long staffId, String uid) {
    actor.requireAnyRole(Roles.ORG_ADMIN);
    if (uid == null || uid.isBlank()) {
      throw OrganizationException.onField("uid", "organization.directory.uidRequired");
    }
    Staff s = em.find(Staff.class, staffId);
    if (s == null) {
      throw new NotFoundException("staff", staffId);
    }
    DirectoryListing listing = readable(directory.accounts());
    DirectoryAccount account = listing.accounts().stream().filter(a -> a.uid().equals(uid.strip())).findFirst()
        .orElseThrow(() -> OrganizationException.onField("uid", "organization.directory.noSuchAccount", uid.strip()));
    return link(actor, s, account, "by hand");
  }

  @Override
  public List<MatchAccepted> acceptAllExact(Actor actor) {
    actor.requireAnyRole(Roles.ORG_ADMIN);
    DirectoryListing listing = readable(directory.accounts());
    Map<String, DirectoryAccount> byUid = new HashMap<>();
    listing.accounts().forEach(a -> byUid.putIfAbsent(a.uid(), a));
    List<MatchAccepted> done = new ArrayList<>();
    for (MatchRow row : DirectoryMatcher.match(persons(staffOfOrdersInForce(today())), listing.accounts()).proposed()) {
      done.add(link(actor, em.find(Staff.class, row.staff().staffId()), byUid.get(row.account().uid()), "exact name"));
    }
    return done;
  }

  private MatchAccepted link(Actor actor, Staff s, DirectoryAccount account, String how) {
    String before = s.getDirectoryUid();
    DirectoryState state = account.disabled() ? DirectoryState.DISABLED : DirectoryState.ACTIVE;
    if (account.uid().equals(before) && s.getDirectoryState() == state) {
      return new MatchAccepted(s.getId(), s.getFullNameTh(), before, before, state.name(), false);
    }
    em.createNamedQuery("Staff.findByUid", Staff.class).setParameter("uid", account.uid()).getResultStream()
        .filter(other -> !other.getId().equals(s.getId())).findFirst().ifPresent(other -> {
          throw OrganizationException.onField("uid", "organization.staff.uidTaken", account.uid());
        });
    s.linkDirectoryAccount(account.uid(), state, now());
    em.flush();
    audit.record(actor, "organization.directory.matched", "staff", String.valueOf(s.getId()),
        "uid: " + before + " → " + account.uid() + " (" + how + "; " + account.displayName() + "); state: " + state);
    return new MatchAccepted(s.getId(), s.getFullNameTh(), before, account.uid(), state.name(), true);
  }

  @Override
  public SyncReport sync(Actor actor) {
    actor.requireAnyRole(Roles.ORG_ADMIN);
    return run(actor);
  }

  /** The nightly run (no role: the container starts it), audited as {@value #SYSTEM_UID}. */
  public SyncReport syncScheduled() {
    return run(Actor.self(SYSTEM_UID));
  }

  /**
   * Compares every person with a uid with the directory and records what changed: an account
   * disabled, enabled again, removed, or back. Running it twice changes nothing the second time.
   * A directory that cannot be read, or lists no account at all while people have uids, changes
   * nothing (that is a wrong setting or an outage, not everyone leaving).
   */
  SyncReport run(Actor actor) {
    OffsetDateTime now = now();
    List<Staff> withUid = em.createQuery("SELECT s FROM Staff s WHERE s.directoryUid IS NOT NULL ORDER BY s.id",
        Staff.class).getResultList();
    DirectoryListing listing = directory.accounts();
    DirectorySyncRun run;
    if (!listing.reachable()) {
      run = new DirectorySyncRun(now, actor.uid(), "UNREACHABLE", 0, withUid.size(), 0, 0, listing.problem());
    } else if (listing.accounts().isEmpty() && !withUid.isEmpty()) {
      run = new DirectorySyncRun(now, actor.uid(), "REFUSED", 0, withUid.size(), 0, 0,
          "the directory lists no account (ict.ldap.user-base, ict.ldap.account-filter): nobody was marked");
    } else {
      Map<String, DirectoryAccount> byUid = new HashMap<>();
      listing.accounts().forEach(a -> byUid.putIfAbsent(a.uid(), a));
      List<String> lines = new ArrayList<>();
      for (Staff s : withUid) {
        DirectoryAccount a = byUid.get(s.getDirectoryUid());
        DirectoryState state = a == null ? DirectoryState.REMOVED
            : a.disabled() ? DirectoryState.DISABLED : DirectoryState.ACTIVE;
        DirectoryState before = s.getDirectoryState();
        if (s.directoryChecked(state, now)) {
          String line = s.getDirectoryUid() + " (" + s.getFullNameTh() + "): " + before + " → " + state;
          lines.add(line);
          audit.record(actor, "organization.directory.state", "staff", String.valueOf(s.getId()), line);
        }
      }
      int proposals = DirectoryMatcher.match(persons(staffOfOrdersInForce(now.atZoneSameInstant(OfficeTime.ZONE)
          .toLocalDate())), listing.accounts()).proposed().size();
      run = new DirectorySyncRun(now, actor.uid(), "DONE", listing.accounts().size(), withUid.size(), lines.size(),
          proposals, lines.isEmpty() ? null : String.join("\n", lines));
    }
    em.persist(run);
    em.flush();
    SyncReport report = run.report();
    audit.record(actor, "organization.directory.synced", "directory-sync", String.valueOf(report.id()),
        report.outcome() + ": accounts=" + report.accountsSeen() + " staff=" + report.staffChecked() + " changes="
            + report.changes() + " exactProposals=" + report.exactProposals()
            + (report.outcome().equals("DONE") ? "" : " (" + report.detail() + ")"));
    LOG.info(() -> "directory sync " + report.outcome() + ": " + report.changes() + " changes, "
        + report.exactProposals() + " exact matches waiting");
    return report;
  }

  List<SyncReport> recentSyncs() {
    return em.createNamedQuery("DirectorySyncRun.latest", DirectorySyncRun.class).setMaxResults(SYNCS_SHOWN)
        .getResultStream().map(DirectorySyncRun::report).toList();
  }

  /** The people of the orders in force on {@code day}: entries, stand-in clauses, signers, the office's director. */
  List<Staff> staffOfOrdersInForce(LocalDate day) {
    List<Long> orderIds = em.createNamedQuery("OfficeOrder.findAll", OfficeOrder.class).getResultStream()
        .filter(o -> o.isInForceOn(day)).map(OfficeOrder::getId).toList();
    Set<Long> ids = new LinkedHashSet<>();
    if (!orderIds.isEmpty()) {
      ids.addAll(em.createQuery("SELECT a.staff.id FROM DutyAssignment a WHERE a.order.id IN :orders ORDER BY a.id",
          Long.class).setParameter("orders", orderIds).getResultList());
      for (Object[] pair : em.createQuery("SELECT s.holder.id, s.standIn.id FROM StandIn s WHERE s.order.id IN :orders"
          + " ORDER BY s.id", Object[].class).setParameter("orders", orderIds).getResultList()) {
        ids.add((Long) pair[0]);
        ids.add((Long) pair[1]);
      }
      ids.addAll(em.createQuery("SELECT o.signer.id FROM OfficeOrder o WHERE o.id IN :orders AND o.signer IS NOT NULL",
          Long.class).setParameter("orders", orderIds).getResultList());
    }
    em.createNamedQuery("Office.findAll", Office.class).getResultStream().map(Office::getDirectorStaffId)
        .filter(java.util.Objects::nonNull).forEach(ids::add);
    List<Staff> people = new ArrayList<>();
    for (Long id : ids) {
      Optional.ofNullable(em.find(Staff.class, id))
          .filter(s -> s.getStatus() != StaffStatus.UNKNOWN_NAME && s.getStatus() != StaffStatus.INACTIVE)
          .ifPresent(people::add);
    }
    people.sort(Comparator.comparing((Staff s) -> s.getUnit() == null ? Long.MAX_VALUE : s.getUnit().getId())
        .thenComparing(Staff::getId));
    return people;
  }

  private static List<DirectoryMatcher.Person> persons(List<Staff> people) {
    return people.stream().map(s -> new DirectoryMatcher.Person(entry(s), s.getGivenNameTh(), s.getFamilyNameTh()))
        .toList();
  }

  private static StaffEntry entry(Staff s) {
    return new StaffEntry(s.getId(), s.getFullNameTh(), s.getFullNameEn(),
        s.getUnit() == null ? null : s.getUnit().getNameTh(),
        s.getPosition() == null ? null : s.getPosition().getPositionNumberRaw(), s.getDirectoryUid());
  }

  private static DirectoryListing readable(DirectoryListing listing) {
    if (!listing.reachable()) {
      throw new OrganizationException("organization.directory.unreachable", listing.problem());
    }
    return listing;
  }

  private static LocalDate today() {
    return LocalDate.now(OfficeTime.clock());
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(OfficeTime.clock());
  }
}
