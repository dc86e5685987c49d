package th.obec.esa.ict.organization.documents;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import th.obec.esa.ict.organization.StaleEditException;
import th.obec.esa.ict.organization.Versions;
import th.obec.esa.ict.organization.api.DocumentSettings;
import th.obec.esa.ict.organization.api.DocumentSettingsInput;
import th.obec.esa.ict.organization.api.Emblem;
import th.obec.esa.ict.organization.api.OfficeDocuments;
import th.obec.esa.ict.organization.api.YearBasis;
import th.obec.esa.ict.organization.unit.Office;
import th.obec.esa.ict.organization.unit.OrganizationService;
import th.obec.esa.ict.organization.unit.Unit;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.platform.audit.AuditTrail;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.platform.security.Roles;
import th.obec.esa.ict.platform.time.OfficeTime;

/** The office's document settings and emblem (issue 17); only an organisation administrator changes them. */
@Stateless
@Local(OfficeDocuments.class)
public class OfficeDocumentsService implements OfficeDocuments {

  static final String SHARED = "SHARED";
  static final String PER_UNIT = "PER_UNIT";

  @PersistenceContext(unitName = "organization")
  private EntityManager em;

  @EJB
  private OrganizationService organization;

  @EJB
  private AuditTrail audit;

  @Override
  public DocumentSettings documentSettings() {
    Office o = organization.office();
    List<DocumentSettings.UnitPrefix> units = new ArrayList<>();
    // the units of the announcement first, in its order, then the sub-units
    List<Unit> ordered = new ArrayList<>(units());
    ordered.sort(java.util.Comparator.comparing((Unit u) -> u.getKind() != th.obec.esa.ict.organization.unit.UnitKind.UNIT));
    for (Unit u : ordered) {
      units.add(new DocumentSettings.UnitPrefix(u.getCode(), u.getNameTh(), u.getLetterPrefix()));
    }
    OfficeEmblem e = em.find(OfficeEmblem.class, o.getId());
    DocumentSettings.EmblemInfo info = e == null ? null : new DocumentSettings.EmblemInfo(e.getContentType(),
        e.getContent().length, e.getWidthPx(), e.getHeightPx(), e.getFileName(), e.getUploadedBy(), e.getUploadedAt());
    return new DocumentSettings(o.getLetterNumberPrefix(),
        o.getLetterYearBasis() == null ? null : YearBasis.valueOf(o.getLetterYearBasis()),
        PER_UNIT.equals(o.getLetterRegister()), o.isThaiDigits(), List.copyOf(units), info, o.getVersion());
  }

  @Override
  public Optional<YearBasis> yearBasis() {
    String basis = organization.office().getLetterYearBasis();
    return basis == null ? Optional.empty() : Optional.of(YearBasis.valueOf(basis));
  }

  @Override
  public boolean thaiDigits() {
    return organization.office().isThaiDigits();
  }

  @Override
  public Optional<String> letterPrefix(String unitCode) {
    Office o = organization.office();
    if (PER_UNIT.equals(o.getLetterRegister()) && unitCode != null) {
      Optional<String> own = units().stream().filter(u -> unitCode.equals(u.getCode()))
          .map(Unit::getLetterPrefix).filter(p -> p != null && !p.isBlank()).findFirst();
      if (own.isPresent()) {
        return own;
      }
    }
    return Optional.ofNullable(o.getLetterNumberPrefix()).filter(p -> !p.isBlank());
  }

  @Override
  public Optional<Emblem> emblem() {
    OfficeEmblem e = em.find(OfficeEmblem.class, organization.office().getId());
    return e == null ? Optional.empty()
        : Optional.of(new Emblem(e.getContentType(), e.getContent(), e.getWidthPx(), e.getHeightPx()));
  }

  @Override
  public DocumentSettings updateDocumentSettings(DocumentSettingsInput input, Actor actor) {
    actor.requireAnyRole(Roles.ORG_ADMIN);
    Office o = organization.office();
    Versions.check("office", o.getId(), input.expectedVersion(), o.getVersion());
    Map<String, String> wanted = input.unitPrefixes() == null ? Map.of() : input.unitPrefixes();
    Map<Unit, String> changes = new java.util.LinkedHashMap<>();
    for (Unit u : units()) {
      String prefix = LetterPrefixes.normalise(wanted.get(u.getCode()));
      if (prefix != null && !LetterPrefixes.valid(prefix)) {
        throw new BusinessException(BusinessException.field("unitPrefix-" + u.getCode()),
            "organization.documents.prefixInvalid", wanted.get(u.getCode()).strip());
      }
      if (!java.util.Objects.equals(prefix, u.getLetterPrefix())) {
        changes.put(u, prefix);
      }
    }
    o.documents(input.yearBasis() == null ? null : input.yearBasis().name(),
        input.perUnitPrefixes() ? PER_UNIT : SHARED, input.thaiDigits());
    Map<String, String> changed = new TreeMap<>();
    changes.forEach((u, p) -> {
      Unit managed = em.find(Unit.class, u.getId());
      managed.letterPrefix(p);
      changed.put(u.getCode(), p);
    });
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new StaleEditException("office", o.getId());
    }
    audit.record(actor, "organization.office.documents", "office", String.valueOf(o.getId()),
        "year " + input.yearBasis() + ", register " + (input.perUnitPrefixes() ? PER_UNIT : SHARED)
            + ", thai digits " + input.thaiDigits() + ", unit prefixes changed " + changed);
    return documentSettings();
  }

  @Override
  public DocumentSettings uploadEmblem(String fileName, byte[] content, Actor actor) {
    actor.requireAnyRole(Roles.ORG_ADMIN);
    EmblemRules.Checked png = EmblemRules.check(fileName, content);
    Office o = organization.office();
    OfficeEmblem e = em.find(OfficeEmblem.class, o.getId());
    if (e == null) {
      e = new OfficeEmblem(o.getId());
      e.replace(png, name(fileName), actor.uid(), OffsetDateTime.now(OfficeTime.ZONE));
      em.persist(e);
    } else {
      e.replace(png, name(fileName), actor.uid(), OffsetDateTime.now(OfficeTime.ZONE));
    }
    em.flush();
    audit.record(actor, "organization.office.emblem.uploaded", "office", String.valueOf(o.getId()),
        name(fileName) + ", " + png.content().length + " bytes, " + png.widthPx() + "x" + png.heightPx() + " px");
    return documentSettings();
  }

  @Override
  public DocumentSettings removeEmblem(Actor actor) {
    actor.requireAnyRole(Roles.ORG_ADMIN);
    Office o = organization.office();
    OfficeEmblem e = em.find(OfficeEmblem.class, o.getId());
    if (e != null) {
      em.remove(e);
      em.flush();
      audit.record(actor, "organization.office.emblem.removed", "office", String.valueOf(o.getId()), null);
    }
    return documentSettings();
  }

  private List<Unit> units() {
    return em.createNamedQuery("Unit.findAll", Unit.class).getResultList();
  }

  private static String name(String fileName) {
    if (fileName == null || fileName.isBlank()) {
      return null;
    }
    String n = fileName.strip().replaceAll(".*[/\\\\]", "");
    return n.length() > 200 ? n.substring(0, 200) : n;
  }
}
