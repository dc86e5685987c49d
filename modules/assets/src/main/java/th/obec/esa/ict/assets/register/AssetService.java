package th.obec.esa.ict.assets.register;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.config.ConfigProvider;
import th.obec.esa.ict.assets.api.AssetEventView;
import th.obec.esa.ict.assets.api.AssetPage;
import th.obec.esa.ict.assets.api.AssetQuery;
import th.obec.esa.ict.assets.api.AssetRegister;
import th.obec.esa.ict.assets.api.AssetStatus;
import th.obec.esa.ict.assets.api.AssetView;
import th.obec.esa.ict.assets.api.CatalogItemView;
import th.obec.esa.ict.assets.catalog.CatalogItemNotFoundException;
import th.obec.esa.ict.assets.catalog.CatalogService;
import th.obec.esa.ict.assets.catalog.Names;
import th.obec.esa.ict.assets.depreciation.DepreciationPolicy;
import th.obec.esa.ict.assets.depreciation.DepreciationService;
import th.obec.esa.ict.platform.audit.AuditTrail;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.platform.security.Roles;
import th.obec.esa.ict.platform.time.FiscalYear;

/**
 * The asset register. Registering, editing and changing the status of an asset need an ICT
 * officer; each change is written to the asset's history and to the audit trail in the same
 * transaction, and an edit made on stale data is refused rather than overwriting another's.
 */
@Stateless
@Local(AssetRegister.class)
@LocalBean
public class AssetService implements AssetRegister {

  /** The configuration key of the office's asset-number pattern (see {@link AssetNumberFormat}). */
  public static final String NUMBER_PATTERN_KEY = "ict.assets.number-pattern";

  /** The largest page the list serves; more is an export, not a page. */
  public static final int MAX_PAGE = 500;

  @PersistenceContext(unitName = "assets")
  private EntityManager em;

  @EJB
  private AuditTrail audit;

  @EJB
  private CatalogService catalog;

  @EJB
  private DepreciationService depreciation;

  @EJB
  private AssetCountCache counts;

  private final Clock clock = Clock.systemDefaultZone();

  private AssetNumberFormat numberFormat;

  @PostConstruct
  void configure() {
    numberFormat = AssetNumberFormat.of(ConfigProvider.getConfig().getOptionalValue(NUMBER_PATTERN_KEY, String.class)
        .orElse(AssetNumberFormat.DEFAULT));
  }

  /** The office's number pattern, for the registration page's hint. */
  public AssetNumberFormat numberFormat() {
    return numberFormat;
  }

  @Override
  public Optional<AssetView> find(long id) {
    return Optional.ofNullable(em.find(Asset.class, id)).map(a -> view(a, depreciation.policiesByCategory()));
  }

  public AssetView get(long id) {
    return find(id).orElseThrow(() -> new AssetNotFoundException(id));
  }

  @Override
  public Optional<AssetView> findByNumber(String assetNumber) {
    return byNumber(assetNumber).map(a -> view(a, depreciation.policiesByCategory()));
  }

  /** Registers an asset, status IN_USE, with the given or the next free asset number. */
  @Override
  public AssetView register(NewAsset request, Actor actor) {
    actor.requireAnyRole(Roles.ICT_OFFICER);
    AssetDetails details = withCatalog(request.details());
    details.check();
    String number = request.assetNumber() == null || request.assetNumber().isBlank()
        ? nextNumber(request.fsnClass(), request.group(), details.acquiredOn())
        : givenNumber(request.assetNumber().strip());
    OffsetDateTime now = OffsetDateTime.now(clock);
    Asset asset = new Asset(number, details, now);
    em.persist(asset);
    em.flush();
    em.persist(new AssetEvent(asset.getId(), now, AssetEventKind.CREATED, null, AssetStatus.IN_USE, actor, null,
        "registered " + number));
    audit.record(actor, "assets.asset.registered", "asset", String.valueOf(asset.getId()), number + " " + asset.getName());
    counts.invalidate();
    return view(asset, depreciation.policiesByCategory());
  }

  /**
   * Replaces an asset's descriptive data.
   *
   * @param expectedVersion the version the user loaded; another change since then refuses this one
   */
  public AssetView update(long id, long expectedVersion, AssetDetails details, String reason, Actor actor) {
    actor.requireAnyRole(Roles.ICT_OFFICER);
    Asset asset = load(id, expectedVersion);
    AssetDetails next = withCatalog(details);
    String diff = difference(asset.details(), next);
    if (diff.isEmpty()) {
      return view(asset, depreciation.policiesByCategory());
    }
    asset.apply(next);
    OffsetDateTime now = OffsetDateTime.now(clock);
    flush(asset);
    em.persist(new AssetEvent(asset.getId(), now, AssetEventKind.UPDATED, null, null, actor, reason, diff));
    audit.record(actor, "assets.asset.updated", "asset", String.valueOf(id), diff);
    counts.invalidate();
    return view(asset, depreciation.policiesByCategory());
  }

  @Override
  public AssetView changeStatus(long id, AssetStatus to, Actor actor, String reason) {
    actor.requireAnyRole(Roles.ICT_OFFICER);
    Asset asset = em.find(Asset.class, id);
    if (asset == null) {
      throw new AssetNotFoundException(id);
    }
    return moveTo(asset, to, actor, reason);
  }

  /** A status change from a page, refused if the asset changed since the user loaded it. */
  public AssetView changeStatus(long id, long expectedVersion, AssetStatus to, Actor actor, String reason) {
    actor.requireAnyRole(Roles.ICT_OFFICER);
    return moveTo(load(id, expectedVersion), to, actor, reason);
  }

  private AssetView moveTo(Asset asset, AssetStatus to, Actor actor, String reason) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    AssetStatus from = asset.moveTo(to, now);
    flush(asset);
    em.persist(new AssetEvent(asset.getId(), now, AssetEventKind.STATUS_CHANGED, from, to, actor, reason, null));
    audit.record(actor, "assets.asset.statusChanged", "asset", String.valueOf(asset.getId()),
        asset.getAssetNumber() + ": " + from + " -> " + to + (reason == null || reason.isBlank() ? "" : " (" + reason + ")"));
    counts.invalidate();
    return view(asset, depreciation.policiesByCategory());
  }

  @Override
  public AssetPage search(AssetQuery query, int first, int pageSize) {
    AssetQuery q = query == null ? AssetQuery.all() : query;
    int size = Math.max(1, Math.min(pageSize, MAX_PAGE));
    int from = Math.max(0, first);
    TypedQuery<Asset> rows = em.createQuery("SELECT a FROM Asset a" + where(q) + " ORDER BY a.assetNumber", Asset.class);
    bind(rows, q);
    Map<String, DepreciationPolicy> policies = depreciation.policiesByCategory();
    List<AssetView> page = rows.setFirstResult(from).setMaxResults(size).getResultList().stream()
        .map(a -> view(a, policies)).toList();
    long total = page.size() < size && (from == 0 || !page.isEmpty()) ? from + page.size() : count(q);
    return new AssetPage(page, total, from, size);
  }

  @Override
  public List<AssetEventView> history(long id) {
    if (em.find(Asset.class, id) == null) {
      throw new AssetNotFoundException(id);
    }
    return em.createNamedQuery("AssetEvent.findByAsset", AssetEvent.class).setParameter("asset", id).getResultList()
        .stream().map(AssetEvent::view).toList();
  }

  /** The statuses the asset may move to now, for offering only possible choices. */
  public List<AssetStatus> nextStatuses(long id) {
    Asset asset = em.find(Asset.class, id);
    if (asset == null) {
      throw new AssetNotFoundException(id);
    }
    return StatusTransitions.next(asset.getStatus()).stream().sorted().toList();
  }

  /**
   * Writes every asset the query matches as CSV (UTF-8 with a BOM, so that Excel reads the Thai),
   * in asset-number order, reading the register in slices so memory stays flat at any size.
   */
  public void exportCsv(AssetQuery query, Writer out) {
    AssetQuery q = query == null ? AssetQuery.all() : query;
    try {
      out.write('\uFEFF');
      CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(AssetCsv.HEADER).build());
      String after = null;
      Map<String, DepreciationPolicy> policies = depreciation.policiesByCategory();
      while (true) {
        String where = where(q);
        String jpql = "SELECT a FROM Asset a" + where + (after == null ? "" : (where.isEmpty() ? " WHERE" : " AND")
            + " a.assetNumber > :after") + " ORDER BY a.assetNumber";
        TypedQuery<Asset> slice = em.createQuery(jpql, Asset.class);
        bind(slice, q);
        if (after != null) {
          slice.setParameter("after", after);
        }
        List<Asset> rows = slice.setMaxResults(500).getResultList();
        for (Asset a : rows) {
          csv.printRecord(AssetCsv.row(view(a, policies)));
        }
        em.clear();
        if (rows.size() < 500) {
          break;
        }
        after = rows.get(rows.size() - 1).getAssetNumber();
      }
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many assets the query matches; remembered for a short while (see {@link AssetCountCache}). */
  public long count(AssetQuery query) {
    AssetQuery q = query == null ? AssetQuery.all() : query;
    return counts.count(q, () -> countNow(q));
  }

  private long countNow(AssetQuery q) {
    TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM Asset a" + where(q), Long.class);
    bind(count, q);
    return count.getSingleResult();
  }

  private static String where(AssetQuery q) {
    List<String> terms = new ArrayList<>();
    if (q.text() != null) {
      terms.add("a.searchText LIKE :text ESCAPE '\\'");
    }
    if (q.status() != null) {
      terms.add("a.status = :status");
    }
    if (q.custodianStaffId() != null) {
      terms.add("a.custodianStaffId = :staff");
    }
    if (q.custodianUid() != null) {
      terms.add("a.custodianUid = :uid");
    }
    if (q.editionId() != null) {
      terms.add("a.editionId = :edition");
    }
    if (q.catalogItemId() != null) {
      terms.add("a.catalogItemId = :item");
    }
    return terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
  }

  private static void bind(TypedQuery<?> query, AssetQuery q) {
    if (q.text() != null) {
      query.setParameter("text", Names.containsPattern(q.text()));
    }
    if (q.status() != null) {
      query.setParameter("status", q.status());
    }
    if (q.custodianStaffId() != null) {
      query.setParameter("staff", q.custodianStaffId());
    }
    if (q.custodianUid() != null) {
      query.setParameter("uid", q.custodianUid());
    }
    if (q.editionId() != null) {
      query.setParameter("edition", q.editionId());
    }
    if (q.catalogItemId() != null) {
      query.setParameter("item", q.catalogItemId());
    }
  }

  private Optional<Asset> byNumber(String number) {
    if (number == null || number.isBlank()) {
      return Optional.empty();
    }
    return em.createNamedQuery("Asset.findByNumber", Asset.class).setParameter("number", number.strip())
        .getResultStream().findFirst();
  }

  private Asset load(long id, long expectedVersion) {
    Asset asset = em.find(Asset.class, id);
    if (asset == null) {
      throw new AssetNotFoundException(id);
    }
    if (asset.getVersion() != expectedVersion) {
      throw new ConcurrentChangeException(asset.getAssetNumber());
    }
    return asset;
  }

  private void flush(Asset asset) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new ConcurrentChangeException(asset.getAssetNumber());
    }
  }

  private AssetDetails withCatalog(AssetDetails details) {
    if (details == null) {
      throw new AssetInvalidException("name", "assets.asset.name.required");
    }
    if (details.catalogItemId() == null) {
      return details.withCatalog(null, null, null, null);
    }
    CatalogItemView item = catalog.findItem(details.catalogItemId())
        .orElseThrow(() -> new CatalogItemNotFoundException(details.catalogItemId()));
    return details.withCatalog(item.id(), item.editionId(), item.nameTh(), item.category());
  }

  private String givenNumber(String number) {
    Optional<AssetNumberFormat.Parts> parts = numberFormat.parse(number);
    if (parts.isEmpty()) {
      throw new AssetNumberException("assets.asset.number.invalid", number, numberFormat.example());
    }
    if (byNumber(number).isPresent()) {
      throw new AssetNumberException("assets.asset.number.taken", number);
    }
    AssetNumberFormat.Parts p = parts.get();
    counter(numberFormat.counterPrefix(p.fsnClass(), p.group()), numberFormat.usesYear() ? p.fiscalYearBe() : 0)
        .atLeast(p.running());
    return number;
  }

  private String nextNumber(String fsnClass, String group, LocalDate acquiredOn) {
    if (numberFormat.usesClass() && (fsnClass == null || !fsnClass.strip().matches("\\d{4}"))) {
      throw new AssetInvalidException("fsnClass", "assets.asset.fsnClass.invalid", fsnClass);
    }
    if (numberFormat.usesGroup() && (group == null || !group.strip().matches("\\d{1,4}"))) {
      throw new AssetInvalidException("group", "assets.asset.group.invalid", group);
    }
    String cls = fsnClass == null ? null : fsnClass.strip();
    String grp = group == null ? null : group.strip();
    int year = FiscalYear.of(acquiredOn).buddhistYear();
    NumberCounter counter = counter(numberFormat.counterPrefix(cls, grp), numberFormat.usesYear() ? year : 0);
    while (true) {
      String number = numberFormat.format(new AssetNumberFormat.Parts(cls, grp, counter.next(), year));
      if (byNumber(number).isEmpty()) {
        return number;
      }
    }
  }

  private NumberCounter counter(String prefix, int year) {
    Optional<NumberCounter> found = em.createNamedQuery("NumberCounter.find", NumberCounter.class)
        .setParameter("prefix", prefix).setParameter("year", year).setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream().findFirst();
    if (found.isPresent()) {
      return found.get();
    }
    NumberCounter counter = new NumberCounter(prefix, year);
    em.persist(counter);
    return counter;
  }

  /** "field: old → new" for every field that differs, for the history. */
  static String difference(AssetDetails before, AssetDetails after) {
    List<String> changes = new ArrayList<>();
    try {
      for (RecordComponent c : AssetDetails.class.getRecordComponents()) {
        Object a = c.getAccessor().invoke(before);
        Object b = c.getAccessor().invoke(after);
        if (!same(a, b)) {
          changes.add(c.getName() + ": " + (a == null ? "-" : a) + " → " + (b == null ? "-" : b));
        }
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return String.join("; ", changes);
  }

  private static boolean same(Object a, Object b) {
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      return x.compareTo(y) == 0;
    }
    if (a instanceof String x && b instanceof String y) {
      return x.strip().equals(y.strip());
    }
    if (a instanceof String x && b == null || b instanceof String y && a == null) {
      return (a == null ? (String) b : (String) a).isBlank();
    }
    return Objects.equals(a, b);
  }

  private static AssetView view(Asset a, Map<String, DepreciationPolicy> policies) {
    DepreciationPolicy policy = a.getCategory() == null ? null : policies.get(a.getCategory());
    BigDecimal book = policy == null ? null : policy.bookValue(a.getPrice(), a.getAcquiredOn(), LocalDate.now());
    return new AssetView(a.getId(), a.getAssetNumber(), a.getName(), a.getCategory(), a.getCatalogItemId(),
        a.getEditionId(), a.getBrand(), a.getModel(), a.getSerialNo(), a.getAcquiredOn(), a.getPrice(),
        a.getBudgetSource(), a.getProcurementRef(), a.getLocationKind(), a.getLocation(), a.getCustodianStaffId(),
        a.getCustodianUid(), a.getStatus(), a.getStatusChangedAt(), book, a.getVersion());
  }
}
