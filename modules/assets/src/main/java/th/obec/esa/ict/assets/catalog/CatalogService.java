package th.obec.esa.ict.assets.catalog;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import th.obec.esa.ict.assets.api.CatalogItemView;
import th.obec.esa.ict.assets.api.EditionView;
import th.obec.esa.ict.assets.api.SpecificationCatalog;
import th.obec.esa.ict.assets.catalog.imports.EditionFileReader;
import th.obec.esa.ict.assets.catalog.imports.EditionHeader;
import th.obec.esa.ict.assets.catalog.imports.EditionImportRejectedException;
import th.obec.esa.ict.assets.catalog.imports.ImportColumns;
import th.obec.esa.ict.assets.catalog.imports.ImportResult;
import th.obec.esa.ict.assets.catalog.imports.ItemRowValidator;
import th.obec.esa.ict.assets.catalog.imports.RowError;
import th.obec.esa.ict.platform.audit.AuditTrail;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.platform.security.Roles;

/**
 * The specification catalogue: reading editions and items, importing an edition from a file
 * (all or nothing, the same file twice creating nothing), comparing editions, and an item's
 * price across editions. Only ICT officers change the catalogue.
 */
@Stateless
@Local(SpecificationCatalog.class)
@LocalBean
public class CatalogService implements SpecificationCatalog {

  /** The most items one search returns; a search is for picking an item, not for listing. */
  public static final int MAX_SEARCH = 200;

  @PersistenceContext(unitName = "assets")
  private EntityManager em;

  @EJB
  private AuditTrail audit;

  private final Clock clock = Clock.systemDefaultZone();

  @Override
  public List<EditionView> editions() {
    Map<Long, Long> counts = new HashMap<>();
    for (Object[] row : em.createNamedQuery("CatalogItem.countByEdition", Object[].class).getResultList()) {
      counts.put((Long) row[0], ((Number) row[1]).longValue());
    }
    return em.createNamedQuery("Edition.findAll", Edition.class).getResultList().stream()
        .map(e -> view(e, counts.getOrDefault(e.getId(), 0L))).toList();
  }

  public Optional<EditionView> findEditionByName(String name) {
    return em.createNamedQuery("Edition.findByName", Edition.class).setParameter("name", name.strip())
        .getResultStream().findFirst().map(e -> view(e, items(e.getId()).size()));
  }

  /** The items of an edition in their printed order. */
  public List<CatalogItemView> itemsOf(long editionId) {
    if (em.find(Edition.class, editionId) == null) {
      throw new EditionNotFoundException(editionId);
    }
    return items(editionId).stream().map(CatalogService::view).toList();
  }

  @Override
  public Optional<CatalogItemView> findItem(long itemId) {
    return Optional.ofNullable(em.find(CatalogItem.class, itemId)).map(CatalogService::view);
  }

  public CatalogItemView getItem(long itemId) {
    return findItem(itemId).orElseThrow(() -> new CatalogItemNotFoundException(itemId));
  }

  @Override
  public List<CatalogItemView> searchItems(String text, Long editionId, int max) {
    StringBuilder jpql = new StringBuilder("SELECT i FROM CatalogItem i WHERE 1 = 1");
    boolean hasText = text != null && !text.isBlank();
    if (hasText) {
      jpql.append(" AND (i.nameKey LIKE :p ESCAPE '\\' OR LOWER(i.nameEn) LIKE :p ESCAPE '\\'"
          + " OR LOWER(i.category) LIKE :p ESCAPE '\\')");
    }
    if (editionId != null) {
      jpql.append(" AND i.edition.id = :edition");
    }
    jpql.append(" ORDER BY i.edition.announcedOn DESC, i.edition.id DESC, i.id");
    TypedQuery<CatalogItem> q = em.createQuery(jpql.toString(), CatalogItem.class);
    if (hasText) {
      q.setParameter("p", Names.containsPattern(text));
    }
    if (editionId != null) {
      q.setParameter("edition", editionId);
    }
    return q.setMaxResults(Math.max(1, Math.min(max, MAX_SEARCH))).getResultList().stream()
        .map(CatalogService::view).toList();
  }

  /** The item's reference price in every edition that lists an item of the same name, oldest first. */
  public List<PricePoint> priceHistory(long itemId) {
    CatalogItem item = em.find(CatalogItem.class, itemId);
    if (item == null) {
      throw new CatalogItemNotFoundException(itemId);
    }
    return em.createNamedQuery("CatalogItem.findByNameKey", CatalogItem.class)
        .setParameter("key", item.getNameKey()).getResultList().stream()
        .map(i -> new PricePoint(i.getId(), i.getEdition().getId(), i.getEdition().getName(),
            i.getEdition().getAnnouncedOn(), i.getItemNo(), i.getReferencePrice()))
        .toList();
  }

  /** What changed from the older edition to the newer one. */
  public EditionComparison compare(long olderEditionId, long newerEditionId) {
    for (long id : new long[] {olderEditionId, newerEditionId}) {
      if (em.find(Edition.class, id) == null) {
        throw new EditionNotFoundException(id);
      }
    }
    return EditionDiff.compare(snapshots(olderEditionId), snapshots(newerEditionId));
  }

  /**
   * Imports the items of one edition from a CSV or XLSX file. Every row is checked first; one
   * bad row rejects the whole file, with a report of every bad row. A file imported before
   * (same bytes) creates nothing; a row whose item number the edition holds already with the
   * same content is skipped, and with another content rejected, since a published edition does
   * not change.
   *
   * @throws EditionImportRejectedException naming every rejected row; nothing is saved
   * @throws th.obec.esa.ict.assets.catalog.imports.ImportFileException if the file cannot be read as an edition
   */
  public ImportResult importEdition(EditionHeader header, String fileName, byte[] content, Actor actor) {
    actor.requireAnyRole(Roles.ICT_OFFICER);
    String hash = sha256(content);
    Optional<CatalogImport> earlier = em.createNamedQuery("CatalogImport.findByHash", CatalogImport.class)
        .setParameter("hash", hash).getResultStream().findFirst();
    if (earlier.isPresent()) {
      Edition e = em.find(Edition.class, earlier.get().getEditionId());
      return new ImportResult(e.getId(), e.getName(), earlier.get().getItemCount(), 0, true);
    }
    ItemRowValidator.Validation validation = ItemRowValidator.validate(EditionFileReader.read(fileName, content));
    if (!validation.accepted()) {
      throw new EditionImportRejectedException(validation.errors());
    }
    if (header == null || header.name() == null || header.name().isBlank()) {
      throw new CatalogInvalidException("editionName", "assets.edition.name.required");
    }
    Edition edition = em.createNamedQuery("Edition.findByName", Edition.class).setParameter("name", header.name().strip())
        .getResultStream().findFirst().orElse(null);
    boolean newEdition = edition == null;
    if (newEdition) {
      edition = new Edition(header.name(), header.publisher(), header.announcedOn(), header.effectiveFrom(),
          header.sourceDocument());
      em.persist(edition);
    }
    Map<String, CatalogItem> existing = new HashMap<>();
    if (!newEdition) {
      items(edition.getId()).forEach(i -> existing.put(i.getItemNo(), i));
    }
    List<RowError> conflicts = new ArrayList<>();
    List<CatalogItem> toCreate = new ArrayList<>();
    String note = "นำเข้าจากแฟ้ม " + fileName;
    for (ItemRowValidator.ValidRow row : validation.rows()) {
      ItemSnapshot item = row.item();
      CatalogItem old = existing.get(item.itemNo());
      if (old == null) {
        toCreate.add(new CatalogItem(edition, item, note));
      } else if (!old.snapshot().sameContentAs(item)) {
        conflicts.add(new RowError(row.row(), ImportColumns.ITEM_NO, "assets.import.row.itemNo.conflict",
            item.itemNo(), edition.getName()));
      }
    }
    if (!conflicts.isEmpty()) {
      throw new EditionImportRejectedException(conflicts);
    }
    toCreate.forEach(em::persist);
    // the import record keeps the edition by id, so EclipseLink cannot order the inserts itself
    em.flush();
    em.persist(new CatalogImport(edition.getId(), fileName, hash, validation.items().size(), toCreate.size(),
        OffsetDateTime.now(clock), actor.uid()));
    em.flush();
    audit.record(actor, "assets.catalog.imported", "edition", String.valueOf(edition.getId()),
        fileName + ": " + toCreate.size() + " / " + validation.items().size() + " items new"
            + (newEdition ? ", new edition " + edition.getName() : ""));
    return new ImportResult(edition.getId(), edition.getName(), validation.items().size(), toCreate.size(), false);
  }

  private List<CatalogItem> items(long editionId) {
    return em.createNamedQuery("CatalogItem.findByEdition", CatalogItem.class).setParameter("edition", editionId)
        .getResultList();
  }

  private List<ItemSnapshot> snapshots(long editionId) {
    return items(editionId).stream().map(CatalogItem::snapshot).toList();
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content == null ? new byte[0] : content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static EditionView view(Edition e, long itemCount) {
    return new EditionView(e.getId(), e.getName(), e.getPublisher(), e.getAnnouncedOn(), e.getEffectiveFrom(),
        e.getSourceDocument(), e.getNote(), itemCount);
  }

  static CatalogItemView view(CatalogItem i) {
    return new CatalogItemView(i.getId(), i.getEdition().getId(), i.getEdition().getName(), i.getItemNo(),
        i.getCategory(), i.getNameTh(), i.getNameEn(), i.getUnit(), i.getReferencePrice(), i.getSourcePage(),
        i.getSourceNote(), i.getSpecLines());
  }
}
