package th.obec.esa.ict.forms.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import th.obec.esa.ict.platform.security.Roles;

/** F08's own fields and the account's fate, one row per request. */
@Entity
@Table(name = "frm_account")
@NamedQuery(name = "AccountDetail.inStatus", query = "SELECT a FROM AccountDetail a WHERE a.status = :status"
    + " ORDER BY a.submissionId")
@NamedQuery(name = "AccountDetail.byToken", query = "SELECT a FROM AccountDetail a WHERE a.cardToken = :token")
@NamedQuery(name = "AccountDetail.openForUid", query = "SELECT a FROM AccountDetail a WHERE a.accountUid = :uid"
    + " AND a.submissionId <> :id AND a.status IN :statuses")
@NamedQuery(name = "AccountDetail.issuedBetween", query = "SELECT COUNT(a) FROM AccountDetail a"
    + " WHERE a.createdAt >= :from AND a.createdAt < :to")
public class AccountDetail {

  @Id
  @Column(name = "submission_id")
  private Long submissionId;

  @Column(name = "account_uid", nullable = false, length = 64)
  private String accountUid;

  @Column(name = "thai_name", nullable = false, length = 200)
  private String thaiName;

  @Column(name = "english_name", length = 200)
  private String englishName;

  @Column(name = "position_title", length = 200)
  private String position;

  @Column(name = "unit_name", nullable = false, length = 300)
  private String unitName;

  @Column(length = 200)
  private String mail;

  @Column(nullable = false, length = 200)
  private String services;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AccountStatus status;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  @Column(name = "created_by", length = 64)
  private String createdBy;

  @Column(name = "card_token", length = 64)
  private String cardToken;

  @Column(name = "card_valid_until")
  private LocalDate cardValidUntil;

  @Column(name = "card_serial", length = 30)
  private String cardSerial;

  @Version
  private long version;

  protected AccountDetail() {}

  AccountDetail(long submissionId, AccountRequest r) {
    this.submissionId = submissionId;
    this.accountUid = r.accountUid();
    this.thaiName = r.thaiName();
    this.englishName = r.englishName();
    this.position = r.position();
    this.unitName = r.unitName();
    this.mail = r.mail();
    this.services = r.services().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    this.status = AccountStatus.REQUESTED;
  }

  Set<ServiceWanted> serviceSet() {
    Set<ServiceWanted> out = EnumSet.noneOf(ServiceWanted.class);
    Arrays.stream(services.split(",")).filter(s -> !s.isBlank()).map(ServiceWanted::valueOf).forEach(out::add);
    return out;
  }

  /** The directory groups: every account is staff, plus one group per service. */
  Set<String> groups() {
    Set<String> out = new LinkedHashSet<>();
    out.add(Roles.STAFF);
    serviceSet().forEach(s -> out.add(s.group()));
    return out;
  }

  void created(AccountStatus how, OffsetDateTime at, String by) {
    this.status = how;
    this.createdAt = at;
    this.createdBy = by;
  }

  void awaitOfficer() {
    this.status = AccountStatus.TASK_OPEN;
  }

  void card(String token, LocalDate validUntil) {
    this.cardToken = token;
    this.cardValidUntil = validUntil;
  }

  public Long getSubmissionId() {
    return submissionId;
  }

  public String getAccountUid() {
    return accountUid;
  }

  public String getThaiName() {
    return thaiName;
  }

  public String getEnglishName() {
    return englishName;
  }

  public String getPosition() {
    return position;
  }

  public String getUnitName() {
    return unitName;
  }

  public String getMail() {
    return mail;
  }

  public AccountStatus getStatus() {
    return status;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public String getCardSerial() {
    return cardSerial;
  }

  void cardSerial(String serial) {
    this.cardSerial = serial;
  }

  public String getCardToken() {
    return cardToken;
  }

  public LocalDate getCardValidUntil() {
    return cardValidUntil;
  }
}
