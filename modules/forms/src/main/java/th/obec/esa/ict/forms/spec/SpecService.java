package th.obec.esa.ict.forms.spec;

import th.obec.esa.ict.forms.api.CommitteeMemberInput;
import th.obec.esa.ict.forms.api.ComparisonRequest;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import th.obec.esa.ict.forms.catalog.FormCode;
import th.obec.esa.ict.forms.port.AssetPort;
import th.obec.esa.ict.forms.port.AssetRegistration;
import th.obec.esa.ict.forms.port.AssetSummary;
import th.obec.esa.ict.forms.api.NewSubmission;
import th.obec.esa.ict.forms.port.CatalogEdition;
import th.obec.esa.ict.forms.port.CatalogEntry;
import th.obec.esa.ict.forms.port.CatalogPort;
import th.obec.esa.ict.forms.port.PersonSummary;
import th.obec.esa.ict.forms.port.StaffPort;
import th.obec.esa.ict.forms.submission.Submission;
import th.obec.esa.ict.forms.submission.SubmissionNotFoundException;
import th.obec.esa.ict.forms.submission.SubmissionService;
import th.obec.esa.ict.forms.submission.SubmissionView;
import th.obec.esa.ict.forms.workflow.State;
import th.obec.esa.ict.platform.time.OfficeTime;
import th.obec.esa.ict.platform.audit.AuditTrail;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.platform.security.Roles;

/**
 * Files F06 and F07 and registers what they bought. A spec is checked in full (every item in the
 * chosen edition, every reason present) before anything is saved, and is created and submitted
 * in one transaction, so no F06 ever waits as a draft that could be submitted unchecked. Review
 * and approval are the common flow of {@link SubmissionService}, with the power APPROVE_SPEC and
 * the total as the amount its ceiling is checked against.
 */
@Stateless
public class SpecService {

  /** States in which a spec or comparison counts as approved. */
  public static final Set<State> APPROVED = EnumSet.of(State.APPROVED, State.IN_PROGRESS, State.DONE);

  @PersistenceContext(unitName = "forms")
  private EntityManager em;

  @EJB
  private SubmissionService submissions;

  @EJB
  private AuditTrail audit;

  @Inject
  private CatalogPort catalog;

  @Inject
  private AssetPort assets;

  @Inject
  private StaffPort staff;

  private final Clock clock = OfficeTime.clock();

  public List<CatalogEdition> editions() {
    return catalog.editions();
  }

  public List<CatalogEntry> catalogItems(long editionId, String text) {
    return catalog.items(editionId, text, 200);
  }

  public Optional<CatalogEntry> catalogItem(long itemId) {
    return catalog.item(itemId);
  }

  /**
   * Files an F06: copies each catalogue item, marks every line against the catalogue, and
   * refuses (naming the item and line) while a price above the reference price or a line below
   * the minimum has no written reason.
   */
  public SpecView fileSpec(SpecRequest request, Actor actor) {
    actor.requireAnyRole(Roles.STAFF, Roles.ICT_OFFICER);
    if (request.items() == null || request.items().isEmpty()) {
      throw new SpecException("forms.spec.noItem");
    }
    CatalogEdition edition = catalog.editions().stream().filter(e -> e.id() == request.editionId()).findFirst()
        .orElseThrow(() -> new SpecException("forms.spec.editionUnknown", request.editionId()));
    record Draft(CatalogEntry entry, SpecItemInput input, List<DraftLine> lines) {}
    List<Draft> drafts = new ArrayList<>();
    List<ReasonRequiredException> missing = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal referenceTotal = BigDecimal.ZERO;
    for (SpecItemInput in : request.items()) {
      int itemNo = drafts.size() + 1;
      CatalogEntry entry = catalog.item(in.catalogItemId())
          .orElseThrow(() -> new SpecException("forms.spec.itemUnknown", itemNo, in.catalogItemId()));
      if (entry.editionId() != edition.id()) {
        throw new SpecException("forms.spec.itemNotInEdition", itemNo, entry.name(), edition.name());
      }
      SpecRules.checkQuantityAndPrice(itemNo, in.quantity(), in.unitPrice());
      List<DraftLine> lines = SpecRules.lines(itemNo, entry.specLines(), in.lines());
      missing.addAll(SpecRules.missingReasons(itemNo, entry.name(), in.unitPrice(), entry.referencePrice(),
          in.priceReason(), lines));
      drafts.add(new Draft(entry, in, lines));
      total = total.add(SpecRules.amount(in.unitPrice(), in.quantity()));
      referenceTotal = referenceTotal.add(SpecRules.amount(entry.referencePrice(), in.quantity()));
    }
    SpecRules.requireReasons(missing);
    SubmissionView draft = submissions.createDraft(new NewSubmission(FormCode.F06, request.subject(), request.body(),
        null, total, null, null), new SpecFiling(), actor);
    em.persist(new Spec(draft.id(), edition.id(), edition.name(), total, referenceTotal));
    for (int n = 0; n < drafts.size(); n++) {
      Draft d = drafts.get(n);
      SpecItemInput in = d.input();
      CatalogEntry e = d.entry();
      SpecItem item = new SpecItem(draft.id(), n + 1, e.id(), e.itemNo(), e.name(), e.unit(),
          in.quantity(), e.referencePrice(), in.unitPrice(),
          SpecRules.aboveReference(in.unitPrice(), e.referencePrice()) ? SpecRules.clean(in.priceReason()) : null);
      em.persist(item);
      em.flush();
      for (DraftLine l : d.lines()) {
        em.persist(new SpecLine(item.getId(), l));
      }
    }
    em.flush();
    audit.record(actor, "forms.spec.filed", "submission", String.valueOf(draft.id()),
        "F06 " + edition.name() + " " + total.toPlainString());
    submissions.submit(draft.id(), actor);
    return spec(draft.id(), actor);
  }

  /**
   * Files an F07 against an approved F06: each offer is checked line by line, the cheapest
   * compliant offer of each item is marked the winner, and the winners' total is the amount
   * the approval is about.
   */
  public ComparisonView fileComparison(ComparisonRequest request, Actor actor) {
    actor.requireAnyRole(Roles.STAFF, Roles.ICT_OFFICER);
    Submission specSubmission = loadForm(request.specId(), FormCode.F06);
    if (!APPROVED.contains(specSubmission.getState())) {
      throw new SpecException("forms.comparison.specNotApproved", label(specSubmission));
    }
    if (request.offers() == null || request.offers().isEmpty()) {
      throw new SpecException("forms.comparison.noOffer");
    }
    List<CommitteeMemberInput> seats = CommitteeRules.seats(request.committee(), request.procurementHeadUid());
    List<PersonSummary> members = new ArrayList<>();
    for (CommitteeMemberInput m : seats) {
      members.add(staff.person(m.uid()).orElseThrow(() -> new SpecException("forms.comparison.memberUnknown", m.uid())));
    }
    if (SpecRules.clean(request.procurementHeadUid()) == null) {
      throw new SpecException("forms.comparison.procurementHeadRequired");
    }
    PersonSummary head = staff.person(request.procurementHeadUid().strip())
        .orElseThrow(() -> new SpecException("forms.comparison.memberUnknown", request.procurementHeadUid()));
    Map<Integer, SpecItem> items = new HashMap<>();
    Map<Long, List<SpecLine>> lines = new HashMap<>();
    for (SpecItem i : items(request.specId())) {
      items.put(i.getItemNo(), i);
      lines.put(i.getId(), lines(i.getId()));
    }
    List<Candidate> candidates = new ArrayList<>();
    List<Map<Integer, AnswerInput>> answersByOffer = new ArrayList<>();
    for (OfferInput o : request.offers()) {
      int offerNo = candidates.size() + 1;
      if (SpecRules.clean(o.vendor()) == null) {
        throw new SpecException("forms.offer.vendorRequired", offerNo);
      }
      SpecItem item = items.get(o.itemNo());
      if (item == null) {
        throw new SpecException("forms.offer.itemUnknown", offerNo, o.itemNo());
      }
      SpecRules.checkPrice("forms.offer.priceInvalid", offerNo, o.unitPrice());
      Set<Integer> lineNos = new HashSet<>(lines.get(item.getId()).stream().map(SpecLine::getLineNo).toList());
      Map<Integer, AnswerInput> answers = new HashMap<>();
      for (AnswerInput a : o.answers() == null ? List.<AnswerInput>of() : o.answers()) {
        if (a.answer() == null) {
          continue;
        }
        if (!lineNos.contains(a.lineNo())) {
          throw new SpecException("forms.offer.lineUnknown", offerNo, o.itemNo() + "." + a.lineNo());
        }
        if (answers.put(a.lineNo(), a) != null) {
          throw new SpecException("forms.offer.lineTwice", offerNo, o.itemNo() + "." + a.lineNo());
        }
      }
      Map<Integer, Answer> given = new HashMap<>();
      answers.forEach((n, a) -> given.put(n, a.answer()));
      candidates.add(new Candidate(offerNo, o.itemNo(), o.unitPrice(),
          ComparisonRules.compliant(required(lines.get(item.getId())), given)));
      answersByOffer.add(answers);
    }
    Map<Integer, Integer> winners = ComparisonRules.winners(candidates);
    BigDecimal total = BigDecimal.ZERO;
    for (Map.Entry<Integer, Integer> w : winners.entrySet()) {
      total = total.add(SpecRules.amount(candidates.get(w.getValue() - 1).unitPrice(), items.get(w.getKey()).getQuantity()));
    }
    SubmissionView draft = submissions.createDraft(new NewSubmission(FormCode.F07, request.subject(), request.body(),
        null, total, null, null), new SpecFiling(), actor);
    em.persist(new Comparison(draft.id(), request.specId(), head.uid(), head.thaiName(), signingPosition(head)));
    em.flush(); // the members' foreign key needs the comparison row first (no mapped relationship orders them)
    for (int n = 0; n < seats.size(); n++) {
      PersonSummary p = members.get(n);
      em.persist(new CommitteeMember(draft.id(), n + 1, p.uid(), p.thaiName(), signingPosition(p), seats.get(n).role()));
    }
    em.flush();
    for (Candidate c : candidates) {
      OfferInput o = request.offers().get(c.offerNo() - 1);
      SpecItem item = items.get(c.itemNo());
      Offer offer = new Offer(draft.id(), c.offerNo(), cut(o.vendor().strip(), 300), item.getId(), c.unitPrice(),
          SpecRules.clean(o.note()) == null ? null : cut(o.note().strip(), 1000), c.compliant(),
          Integer.valueOf(c.offerNo()).equals(winners.get(c.itemNo())));
      em.persist(offer);
      em.flush();
      Map<Integer, Long> lineIds = new HashMap<>();
      lines.get(item.getId()).forEach(l -> lineIds.put(l.getLineNo(), l.getId()));
      for (AnswerInput a : answersByOffer.get(c.offerNo() - 1).values()) {
        em.persist(new OfferAnswer(offer.getId(), lineIds.get(a.lineNo()), a.answer(),
            SpecRules.clean(a.note()) == null ? null : cut(a.note().strip(), 1000)));
      }
    }
    em.flush();
    audit.record(actor, "forms.comparison.filed", "submission", String.valueOf(draft.id()),
        "F07 for " + label(specSubmission) + " " + total.toPlainString() + "; committee "
            + String.join(", ", seats.stream().map(m -> m.uid() + " " + m.role()).toList())
            + "; head of procurement " + head.uid());
    submissions.submit(draft.id(), actor);
    return comparison(draft.id(), actor);
  }

  /**
   * Registers the goods of an approved F06, or of an approved F07 with the winning offers'
   * prices: one asset per unit, with the catalogue item, edition and price. Once per spec,
   * whichever form is used; the spec row is locked so two clicks cannot register twice.
   */
  public List<CreatedAsset> createAssets(long submissionId, Arrival arrival, Actor actor) {
    actor.requireAnyRole(Roles.ICT_OFFICER);
    if (arrival == null || arrival.acquiredOn() == null) {
      throw new SpecException("forms.arrival.dateRequired");
    }
    Submission source = load(submissionId);
    if (source.getForm() != FormCode.F06 && source.getForm() != FormCode.F07) {
      throw new SpecException("forms.spec.notSpec", label(source));
    }
    if (!APPROVED.contains(source.getState())) {
      throw new SpecException("forms.spec.notApproved", label(source));
    }
    long specId = source.getForm() == FormCode.F06 ? submissionId
        : Optional.ofNullable(em.find(Comparison.class, submissionId)).map(Comparison::getSpecId)
            .orElseThrow(() -> new SpecException("forms.spec.notSpec", label(source)));
    Spec spec = Optional.ofNullable(em.find(Spec.class, specId, LockModeType.PESSIMISTIC_WRITE))
        .orElseThrow(() -> new SpecException("forms.spec.notSpec", label(source)));
    if (spec.getAssetsCreatedAt() != null) {
      throw new SpecException("forms.spec.assetsAlreadyCreated", label(load(specId)));
    }
    Submission specSubmission = load(specId);
    if (!APPROVED.contains(specSubmission.getState())) {
      throw new SpecException("forms.spec.notApproved", label(specSubmission));
    }
    Map<Long, BigDecimal> prices = new HashMap<>();
    Map<Long, String> vendors = new HashMap<>();
    if (source.getForm() == FormCode.F07) {
      for (Offer o : em.createNamedQuery("Offer.of", Offer.class).setParameter("id", submissionId).getResultList()) {
        if (o.isWinner()) {
          prices.put(o.getSpecItemId(), o.getUnitPrice());
          vendors.put(o.getSpecItemId(), o.getVendor());
        }
      }
      if (prices.isEmpty()) {
        throw new SpecException("forms.comparison.noWinner", label(source));
      }
    } else {
      Optional<Submission> approvedComparison = em.createNamedQuery("Comparison.ofSpec", Comparison.class)
          .setParameter("spec", specId).getResultList().stream().map(c -> load(c.getSubmissionId()))
          .filter(s -> APPROVED.contains(s.getState())).findFirst();
      if (approvedComparison.isPresent()) {
        throw new SpecException("forms.spec.useComparison", label(approvedComparison.get()));
      }
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    List<CreatedAsset> out = new ArrayList<>();
    for (SpecItem item : items(specId)) {
      BigDecimal price = source.getForm() == FormCode.F07 ? prices.get(item.getId()) : item.getUnitPrice();
      if (price == null) {
        continue;
      }
      String ref = label(source) + (vendors.containsKey(item.getId()) ? " " + vendors.get(item.getId()) : "");
      for (int unit = 0; unit < item.getQuantity(); unit++) {
        AssetSummary a = assets.register(new AssetRegistration(arrival.fsnClass(), arrival.group(), item.getName(),
            item.getCatalogItemId(), spec.getEditionId(), arrival.acquiredOn(), price, arrival.budgetSource(),
            cut(ref, 500), arrival.location(), arrival.atSchool()), actor);
        SpecAsset row = new SpecAsset(specId, submissionId, item.getId(), a.id(), a.assetNumber(), price, now);
        em.persist(row);
        out.add(row.view());
      }
    }
    spec.assetsCreated(now, actor.uid());
    em.flush();
    audit.record(actor, "forms.spec.assetsCreated", "submission", String.valueOf(submissionId),
        label(source) + ": " + out.size() + " assets");
    return out;
  }

  /** An F06 with its items and lines; readable by whoever may read the submission. */
  public SpecView spec(long id, Actor actor) {
    SubmissionView s = submissions.get(id, actor);
    return specView(s);
  }

  /** An F07 with the line-by-line check of each offer against its F06. */
  public ComparisonView comparison(long id, Actor actor) {
    SubmissionView s = submissions.get(id, actor);
    Comparison c = Optional.ofNullable(em.find(Comparison.class, id))
        .orElseThrow(() -> new SpecException("forms.comparison.notFound", s.numberText() == null ? id : s.numberText()));
    SpecView spec = specView(submissions.get(c.getSpecId(), actor));
    Map<Long, SpecItemView> itemsById = new HashMap<>();
    spec.items().forEach(i -> itemsById.put(i.id(), i));
    List<Offer> offers = em.createNamedQuery("Offer.of", Offer.class).setParameter("id", id).getResultList();
    List<Candidate> candidates = offers.stream().map(o -> new Candidate(o.getOfferNo(), itemsById.get(o.getSpecItemId())
        .itemNo(), o.getUnitPrice(), o.isCompliant())).toList();
    List<ComparisonItemView> out = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (SpecItemView item : spec.items()) {
      Integer cheapest = ComparisonRules.cheapest(candidates, item.itemNo()).map(Candidate::offerNo).orElse(null);
      List<OfferView> views = new ArrayList<>();
      OfferView winner = null;
      for (Offer o : offers) {
        if (o.getSpecItemId() != item.id()) {
          continue;
        }
        OfferView v = offerView(o, item, Integer.valueOf(o.getOfferNo()).equals(cheapest));
        views.add(v);
        if (v.winner()) {
          winner = v;
          total = total.add(v.amount());
        }
      }
      out.add(new ComparisonItemView(item, views, winner));
    }
    List<CommitteeMemberView> committee = em.createNamedQuery("CommitteeMember.of", CommitteeMember.class)
        .setParameter("id", id).getResultList().stream().map(CommitteeMember::view).toList();
    return new ComparisonView(s, spec, out, total, committee, c.procurementHead());
  }

  /**
   * The position printed under a signature: the acting role the order gives ("ปฏิบัติหน้าที่
   * ผู้อำนวยการกลุ่ม…") after the own position, else the own position.
   */
  private static String signingPosition(PersonSummary p) {
    if (p.actingRole() != null && !p.actingRole().isBlank()) {
      return p.position() == null ? p.actingRole() : p.position() + " " + p.actingRole();
    }
    return p.position() != null ? p.position() : p.signingTitle();
  }

  /** Approved F06s, newest first, for the comparison page's choice. */
  public List<SpecSummary> approvedSpecs(Actor actor) {
    actor.requireAnyRole(Roles.STAFF, Roles.ICT_OFFICER);
    return em.createQuery("SELECT s FROM Submission s WHERE s.form = :form AND s.state IN :states ORDER BY s.id DESC",
        Submission.class).setParameter("form", FormCode.F06).setParameter("states", APPROVED).setMaxResults(200)
        .getResultList().stream().map(s -> {
          Spec spec = em.find(Spec.class, s.getId());
          return spec == null ? null : new SpecSummary(s.getId(), s.getNumberText(), s.getSubject(),
              spec.getEditionName(), spec.getTotal(), s.getState());
        }).filter(Objects::nonNull).toList();
  }

  private OfferView offerView(Offer o, SpecItemView item, boolean cheapest) {
    Map<Long, OfferAnswer> byLine = new HashMap<>();
    em.createNamedQuery("OfferAnswer.of", OfferAnswer.class).setParameter("offer", o.getId()).getResultList()
        .forEach(a -> byLine.put(a.getSpecLineId(), a));
    List<AnswerView> answers = new ArrayList<>();
    List<Integer> failed = new ArrayList<>();
    for (SpecLineView l : item.lines()) {
      if (!l.deviation().required()) {
        continue;
      }
      OfferAnswer a = byLine.get(l.id());
      AnswerView v = new AnswerView(l.lineNo(), l.text(), a == null ? null : a.getAnswer(), a == null ? null : a.getNote());
      answers.add(v);
      if (!v.complies()) {
        failed.add(l.lineNo());
      }
    }
    return new OfferView(o.getId(), o.getOfferNo(), o.getVendor(), item.itemNo(), o.getUnitPrice(),
        SpecRules.amount(o.getUnitPrice(), item.quantity()), o.getNote(), o.isCompliant(), o.isWinner(), cheapest,
        answers, failed);
  }

  private SpecView specView(SubmissionView s) {
    Spec spec = Optional.ofNullable(em.find(Spec.class, s.id()))
        .orElseThrow(() -> new SpecException("forms.spec.notSpec", s.numberText() == null ? s.id() : s.numberText()));
    List<SpecItemView> items = new ArrayList<>();
    for (SpecItem i : items(s.id())) {
      List<SpecLineView> lines = lines(i.getId()).stream().map(SpecLine::view).toList();
      items.add(new SpecItemView(i.getId(), i.getItemNo(), i.getCatalogItemId(), i.getCatalogItemNo(), i.getName(),
          i.getUnitName(), i.getQuantity(), i.getReferencePrice(), i.getUnitPrice(),
          SpecRules.amount(i.getUnitPrice(), i.getQuantity()),
          SpecRules.aboveReference(i.getUnitPrice(), i.getReferencePrice()), i.getPriceReason(), lines));
    }
    List<CreatedAsset> created = em.createNamedQuery("SpecAsset.of", SpecAsset.class).setParameter("spec", s.id())
        .getResultList().stream().map(SpecAsset::view).toList();
    return new SpecView(s, spec.getEditionId(), spec.getEditionName(), spec.getTotal(), spec.getReferenceTotal(), items,
        created);
  }

  private List<SpecItem> items(long specId) {
    return em.createNamedQuery("SpecItem.of", SpecItem.class).setParameter("id", specId).getResultList();
  }

  private List<SpecLine> lines(long itemId) {
    return em.createNamedQuery("SpecLine.of", SpecLine.class).setParameter("item", itemId).getResultList();
  }

  private static List<Integer> required(List<SpecLine> lines) {
    return lines.stream().filter(l -> l.getDeviation().required()).map(SpecLine::getLineNo).toList();
  }

  private Submission load(long id) {
    return Optional.ofNullable(em.find(Submission.class, id)).orElseThrow(() -> new SubmissionNotFoundException(id));
  }

  private Submission loadForm(long id, FormCode form) {
    Submission s = load(id);
    if (s.getForm() != form || em.find(Spec.class, id) == null) {
      throw new SpecException("forms.spec.notSpec", label(s));
    }
    return s;
  }

  private static String label(Submission s) {
    return s.getForm() + " " + (s.getNumberText() == null ? "#" + s.getId() : s.getNumberText());
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
