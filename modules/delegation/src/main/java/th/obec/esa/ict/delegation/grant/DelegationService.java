package th.obec.esa.ict.delegation.grant;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import th.obec.esa.ict.delegation.api.DelegateKind;
import th.obec.esa.ict.delegation.api.DelegationView;
import th.obec.esa.ict.delegation.api.InvalidDelegationException;
import th.obec.esa.ict.delegation.api.NewDelegation;
import th.obec.esa.ict.delegation.api.PendingDelegation;
import th.obec.esa.ict.delegation.authority.FactsLoader;
import th.obec.esa.ict.delegation.rules.DelegationRules;
import th.obec.esa.ict.delegation.rules.Facts;
import th.obec.esa.ict.delegation.rules.Grant;
import th.obec.esa.ict.platform.audit.AuditTrail;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.platform.security.Roles;

/**
 * Creates and revokes delegations of authority. The rules are {@link DelegationRules}; revocation
 * takes effect at the moment it is recorded, for the delegation and everything re-delegated from it.
 */
@Stateless
public class DelegationService {

  /** The largest scan of a signed order kept (10 MB). */
  static final int MAX_SCAN = 10 * 1024 * 1024;

  @PersistenceContext(unitName = "delegation")
  private EntityManager em;

  @EJB
  private FactsLoader facts;

  @EJB
  private AuditTrail audit;

  public DelegationView create(Actor actor, NewDelegation n) {
    OffsetDateTime now = facts.now();
    Facts f = facts.at(now);
    DelegationRules.validate(f, actor, n);
    Delegation d = new Delegation(n, actor.uid(), now);
    boolean forSomeoneElse = DelegationRules.enteredForSomeoneElse(actor, n);
    if (!forSomeoneElse) {
      d.confirm(actor.uid(), now);
    }
    em.persist(d);
    em.flush();
    facts.changed();
    audit.record(actor, forSomeoneElse ? "delegation.delegation.entered" : "delegation.delegation.created", "delegation",
        String.valueOf(d.getId()), n.delegatorUid() + " → " + n.delegateKind() + ":" + n.delegateRef() + " "
            + d.getPowers() + (n.ceiling() == null ? "" : " ≤ " + n.ceiling().toPlainString()) + " " + n.unitCode()
            + (forSomeoneElse ? " (pending)" : ""));
    return view(d, f);
  }

  /** Attaches the scan of the signed order (a PDF) to a pending delegation; by its enterer, its delegator or an administrator. */
  public DelegationView attachScan(Actor actor, Long id, String fileName, byte[] pdf) {
    Delegation d = get(id);
    if (d.isConfirmed()) {
      throw new InvalidDelegationException(null, "delegation.delegation.confirm.already", id);
    }
    if (!DelegationRules.mayAttachScan(actor, d.toGrant(), d.getCreatedBy())) {
      throw new InvalidDelegationException(null, "delegation.delegation.confirm.notAllowed");
    }
    if (pdf == null || pdf.length < 5 || pdf[0] != '%' || pdf[1] != 'P' || pdf[2] != 'D' || pdf[3] != 'F') {
      throw new InvalidDelegationException("scan", "delegation.delegation.scan.notPdf");
    }
    if (pdf.length > MAX_SCAN) {
      throw new InvalidDelegationException("scan", "delegation.delegation.scan.tooLarge", MAX_SCAN / (1024 * 1024));
    }
    String name = fileName == null || fileName.isBlank() ? "order-" + id + ".pdf" : fileName.strip();
    String kept = name.length() > 200 ? name.substring(0, 200) : name;
    DelegationScan existing = em.find(DelegationScan.class, id);
    if (existing == null) {
      em.persist(new DelegationScan(id, kept, pdf, actor.uid(), facts.now()));
    } else {
      existing.replace(kept, pdf, actor.uid(), facts.now());
    }
    d.scanAttached(kept);
    audit.record(actor, "delegation.delegation.scanAttached", "delegation", String.valueOf(id), name + " " + pdf.length);
    return view(d, facts.at(facts.now()));
  }

  /**
   * The second pair of eyes: the delegator, or an administrator who neither entered it nor receives
   * it, confirms a pending delegation; from then on it is in force within its period.
   */
  public DelegationView confirm(Actor actor, Long id) {
    Delegation d = get(id);
    OffsetDateTime now = facts.now();
    Facts f = facts.at(now);
    DelegationRules.validateConfirmation(f, actor, d.toGrant(), d.getCreatedBy(),
        em.find(DelegationScan.class, id) != null);
    d.confirm(actor.uid(), now);
    facts.changed();
    audit.record(actor, "delegation.delegation.confirmed", "delegation", String.valueOf(id),
        "entered by " + d.getCreatedBy());
    return view(d, facts.at(now));
  }

  /** The scan of the signed order, to those who may see delegations. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<byte[]> scan(Long id) {
    get(id);
    return Optional.ofNullable(em.find(DelegationScan.class, id)).map(DelegationScan::getContent);
  }

  /** Ends the delegation now; the delegator, a delegator higher up the chain, or the data administrator may. */
  public DelegationView revoke(Actor actor, Long id, String reason) {
    Delegation d = get(id);
    OffsetDateTime now = facts.now();
    Facts f = facts.at(now);
    if (!mayRevoke(actor, d, f)) {
      throw new InvalidDelegationException(null, "delegation.delegation.revoke.notAllowed", id);
    }
    d.revoke(actor.uid(), now, reason);
    facts.changed();
    audit.record(actor, "delegation.delegation.revoked", "delegation", String.valueOf(id), reason.trim());
    return view(d, facts.at(now));
  }

  private boolean mayRevoke(Actor actor, Delegation d, Facts f) {
    if (actor.hasRole(Roles.ORG_ADMIN)) {
      return true;
    }
    if (actor.isActingForAnother()) {
      return false;
    }
    Grant current = d.toGrant();
    for (int i = 0; i < 12 && current != null; i++) {
      if (current.delegatorUid().equals(actor.uid())) {
        return true;
      }
      current = current.parentId() == null ? null : f.grants().get(current.parentId());
    }
    return false;
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Delegation get(Long id) {
    return Optional.ofNullable(em.find(Delegation.class, id)).orElseThrow(() -> new DelegationNotFoundException(id));
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<DelegationView> find(Long id) {
    return Optional.ofNullable(em.find(Delegation.class, id)).map(d -> view(d, facts.at(facts.now())));
  }

  /**
   * The pending delegations (entered for someone else, not yet confirmed, not revoked or ended) this
   * actor may confirm or attach the signed order's scan to: what the pages show them, with the
   * rule's own answer to "may I confirm it".
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<PendingDelegation> pendingFor(Actor actor) {
    Facts f = facts.at(facts.now());
    List<PendingDelegation> out = new java.util.ArrayList<>();
    // the facts hold every delegation not ended a year ago: only the pending ones are read again
    List<Long> pending = f.grants().values().stream()
        .filter(g -> !g.confirmed() && g.revokedAt() == null && f.at().isBefore(g.until()))
        .sorted(java.util.Comparator.comparing(Grant::from).thenComparing(Grant::id).reversed()).map(Grant::id).toList();
    for (Long id : pending) {
      Delegation d = em.find(Delegation.class, id);
      boolean confirm = DelegationRules.mayConfirm(f, actor, d.toGrant(), d.getCreatedBy());
      boolean attach = DelegationRules.mayAttachScan(actor, d.toGrant(), d.getCreatedBy());
      if (confirm || attach) {
        out.add(new PendingDelegation(view(d, f), confirm, attach));
      }
    }
    return out;
  }

  /** Every delegation, newest first; with {@code inForceOnly}, those in force at {@code asOf}. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<DelegationView> list(boolean inForceOnly, OffsetDateTime asOf) {
    OffsetDateTime t = asOf == null ? facts.now() : asOf;
    Facts f = facts.at(t);
    return em.createNamedQuery("Delegation.findAll", Delegation.class).getResultList().stream()
        .map(d -> view(d, f)).filter(v -> !inForceOnly || v.inForce()).toList();
  }

  private DelegationView view(Delegation d, Facts f) {
    Grant g = d.toGrant();
    String delegateName = d.getDelegateKind() == DelegateKind.PERSON ? f.name(d.getDelegateRef())
        : f.delegateOf(g).map(f::name).orElse(d.getDelegateRef());
    return new DelegationView(d.getId(), d.getDelegatorUid(), f.name(d.getDelegatorUid()), d.getDelegateKind(),
        d.getDelegateRef(), delegateName, d.getPowers(), d.getCeiling(), d.getUnitCode(), d.getFrom(), d.getUntil(),
        d.getBasisOrder(), d.getBasisMemo(), d.isRedelegable(), d.getParentId(), d.getRevokedAt(), d.getRevokedBy(),
        d.getRevokeReason(), g.inForceAt(f.at()), f.at(), !d.isConfirmed(), d.getCreatedBy(), d.getConfirmedBy(),
        d.getConfirmedAt(), d.getScanName() != null);
  }
}
