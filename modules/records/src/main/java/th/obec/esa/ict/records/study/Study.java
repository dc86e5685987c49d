package th.obec.esa.ict.records.study;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import th.obec.esa.ict.records.common.NumberedRecord;
import th.obec.esa.ict.records.common.RecordNumber;

/** An F13 study record. */
@Entity
@Table(name = "rec_study")
@NamedQuery(name = "Study.all", query = "SELECT s FROM Study s ORDER BY s.createdAt DESC, s.id DESC")
@NamedQuery(name = "Study.recordedBetween", query = "SELECT s FROM Study s WHERE s.recordedOn >= :from"
    + " AND s.recordedOn <= :to ORDER BY s.recordedOn, s.id")
public class Study extends NumberedRecord {

  @Id
  @SequenceGenerator(name = "rec_study_seq", sequenceName = "rec_study_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rec_study_seq")
  private Long id;

  @Column(name = "system_studied", nullable = false, length = 300)
  private String systemStudied;

  @Column(length = 4000)
  private String objectives;

  @Column(name = "scope_method", length = 4000)
  private String scopeMethod;

  @Column(length = 8000)
  private String findings;

  @Column(length = 8000)
  private String problems;

  @Column(length = 8000)
  private String recommendations;

  protected Study() {}

  Study(RecordNumber number, LocalDate recordedOn, OffsetDateTime at, String uid) {
    super(number, recordedOn, at, uid);
  }

  void set(String systemStudied, String objectives, String scopeMethod, String findings, String problems,
      String recommendations) {
    this.systemStudied = systemStudied;
    this.objectives = objectives;
    this.scopeMethod = scopeMethod;
    this.findings = findings;
    this.problems = problems;
    this.recommendations = recommendations;
  }

  public Long getId() { return id; }
  public String getSystemStudied() { return systemStudied; }
  public String getObjectives() { return objectives; }
  public String getScopeMethod() { return scopeMethod; }
  public String getFindings() { return findings; }
  public String getProblems() { return problems; }
  public String getRecommendations() { return recommendations; }
}
