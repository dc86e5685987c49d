package th.obec.esa.ict.organization.staff;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import th.obec.esa.ict.organization.OrganizationException;
import th.obec.esa.ict.organization.unit.Office;
import th.obec.esa.ict.organization.unit.Unit;

/** A person of the office, or a person the office's orders name without listing them. */
@Entity
@Cacheable // read by every authority check: shared cache, kept current by this unit's own writes
@Table(name = "org_staff")
@NamedQuery(name = "Staff.findByUid", query = "SELECT s FROM Staff s WHERE s.directoryUid = :uid",
    hints = @QueryHint(name = "eclipselink.query-results-cache", value = "true"))
@NamedQuery(name = "Staff.findByName",
    query = "SELECT s FROM Staff s WHERE s.givenNameTh = :given AND s.familyNameTh = :family ORDER BY s.id")
@NamedQuery(name = "Staff.findInUnits",
    query = "SELECT s.unit.id, s FROM Staff s WHERE s.status <> th.obec.esa.ict.organization.staff.StaffStatus.INACTIVE ORDER BY s.givenNameTh, s.id")
@NamedQuery(name = "Staff.findByUnit",
    query = "SELECT s FROM Staff s WHERE s.unit.id = :unit AND s.status <> th.obec.esa.ict.organization.staff.StaffStatus.INACTIVE ORDER BY s.givenNameTh, s.id")
@NamedQuery(name = "Staff.findNeedingReview",
    query = "SELECT s FROM Staff s WHERE s.status IN (th.obec.esa.ict.organization.staff.StaffStatus.UNKNOWN_NAME, th.obec.esa.ict.organization.staff.StaffStatus.REFERENCED_ONLY) ORDER BY s.id")
public class Staff {

  public static final int NAME = 200;

  @Id
  @SequenceGenerator(name = "org_staff_seq", sequenceName = "org_staff_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_staff_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "office_id")
  private Office office;

  @Column(name = "prefix_th", length = 50)
  private String prefixTh;

  @Column(name = "given_name_th", length = NAME)
  private String givenNameTh;

  @Column(name = "family_name_th", length = NAME)
  private String familyNameTh;

  @Column(name = "given_name_en", length = NAME)
  private String givenNameEn;

  @Column(name = "family_name_en", length = NAME)
  private String familyNameEn;

  @Column(name = "directory_uid", length = 64)
  private String directoryUid;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "unit_id")
  private Unit unit;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "position_id")
  private Position position;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private StaffStatus status;

  @Column(name = "review_note", length = 2000)
  private String reviewNote;

  /** What the directory said of {@link #directoryUid} when last checked (sync or accepted match); null = never. */
  @Enumerated(EnumType.STRING)
  @Column(name = "directory_state", length = 16)
  private DirectoryState directoryState;

  @Column(name = "directory_checked_at")
  private OffsetDateTime directoryCheckedAt;

  @Version
  private long version;

  protected Staff() {}

  private Staff(Office office, StaffStatus status, PersonName name, Unit unit, Position position, String reviewNote) {
    this.office = office;
    this.status = status;
    if (name != null) {
      this.prefixTh = name.prefix();
      this.givenNameTh = name.given();
      this.familyNameTh = name.family();
    }
    this.unit = unit;
    this.position = position;
    this.reviewNote = reviewNote;
  }

  /** A person listed in an order with their own entry. */
  public static Staff listed(Office office, PersonName name, String uid, Unit unit, Position position) {
    requireName(name);
    Staff s = new Staff(office, StaffStatus.ACTIVE, name, unit, position, null);
    s.directoryUid = blankToNull(uid);
    return s;
  }

  /** A person whose entry is printed but whose name was cut: kept, never guessed. */
  public static Staff unknownName(Office office, Unit unit, Position position, String whatIsKnown) {
    return new Staff(office, StaffStatus.UNKNOWN_NAME, null, unit, position, whatIsKnown);
  }

  /** A person named only in someone else's clause (a stand-in, or the person stood in for). */
  public static Staff referencedOnly(Office office, PersonName name, Position printedPosition, String where) {
    requireName(name);
    return new Staff(office, StaffStatus.REFERENCED_ONLY, name, null, printedPosition, where);
  }

  /** The romanised name, as the directory or the import file gives it. */
  public void englishName(String given, String family) {
    this.givenNameEn = blankToNull(given);
    this.familyNameEn = blankToNull(family);
  }

  /**
   * A later order lists a person an earlier one only referred to: now we know their unit and
   * position, and they no longer need review for being unlisted.
   */
  public void listedIn(Unit listedUnit, Position listedPosition) {
    if (status == StaffStatus.REFERENCED_ONLY) {
      status = StaffStatus.ACTIVE;
    }
    if (listedUnit != null) {
      unit = listedUnit;
    }
    if (listedPosition != null) {
      position = listedPosition;
    }
  }

  /** An administrator's correction of the person's data; a name can only be blank while it is unknown. */
  public void update(String prefix, String givenTh, String familyTh, String givenEn, String familyEn, String uid,
      Unit newUnit, Position newPosition, StaffStatus newStatus, String note) {
    StaffStatus next = newStatus == null ? status : newStatus;
    if (next != StaffStatus.UNKNOWN_NAME && (givenTh == null || givenTh.isBlank())) {
      throw OrganizationException.onField("givenNameTh", "organization.staff.nameRequired");
    }
    this.prefixTh = blankToNull(prefix);
    this.givenNameTh = blankToNull(givenTh);
    this.familyNameTh = blankToNull(familyTh);
    this.givenNameEn = blankToNull(givenEn);
    this.familyNameEn = blankToNull(familyEn);
    String newUid = blankToNull(uid);
    if (!java.util.Objects.equals(newUid, directoryUid)) {
      // what the directory said was about the old uid
      directoryState = null;
      directoryCheckedAt = null;
    }
    this.directoryUid = newUid;
    this.unit = newUnit;
    this.position = newPosition;
    this.status = next;
    this.reviewNote = blankToNull(note);
  }

  /** The directory matching links this person to an account: the uid and what the directory says of it now. */
  public void linkDirectoryAccount(String uid, DirectoryState state, OffsetDateTime at) {
    this.directoryUid = blankToNull(uid);
    this.directoryState = state;
    this.directoryCheckedAt = at;
  }

  /**
   * The directory sync's finding for the person's uid; true when it changed. The time of the check
   * is kept only with a change, so that a sync that finds nothing new writes nothing (idempotent).
   */
  public boolean directoryChecked(DirectoryState state, OffsetDateTime at) {
    if (state == directoryState) {
      return false;
    }
    this.directoryState = state;
    this.directoryCheckedAt = at;
    return true;
  }

  /** Whether the person's account is disabled or gone: they cannot sign in, and do not act for anyone. */
  public boolean accountUnusable() {
    return directoryUid != null && directoryState != null && directoryState != DirectoryState.ACTIVE;
  }

  public boolean needsReview() {
    return status.needsReview();
  }

  /** "นางขวัญศิริ กองช่าง" as an order prints it; an unknown name shows as null so pages can say so in their language. */
  public String getFullNameTh() {
    if (givenNameTh == null) {
      return null;
    }
    return (prefixTh == null ? "" : prefixTh) + givenNameTh + (familyNameTh == null ? "" : " " + familyNameTh);
  }

  public String getFullNameEn() {
    if (givenNameEn == null) {
      return null;
    }
    return givenNameEn + (familyNameEn == null ? "" : " " + familyNameEn);
  }

  public PersonName name() {
    return new PersonName(prefixTh, givenNameTh, familyNameTh, null);
  }

  private static void requireName(PersonName name) {
    if (name == null || name.given() == null) {
      throw new IllegalArgumentException("a listed or referenced person needs a name");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public Long getId() { return id; }
  public Office getOffice() { return office; }
  public String getPrefixTh() { return prefixTh; }
  public String getGivenNameTh() { return givenNameTh; }
  public String getFamilyNameTh() { return familyNameTh; }
  public String getGivenNameEn() { return givenNameEn; }
  public String getFamilyNameEn() { return familyNameEn; }
  public String getDirectoryUid() { return directoryUid; }
  public Unit getUnit() { return unit; }
  public Position getPosition() { return position; }
  public StaffStatus getStatus() { return status; }
  public String getReviewNote() { return reviewNote; }
  public long getVersion() { return version; }
  public DirectoryState getDirectoryState() { return directoryState; }
  public OffsetDateTime getDirectoryCheckedAt() { return directoryCheckedAt; }
}
