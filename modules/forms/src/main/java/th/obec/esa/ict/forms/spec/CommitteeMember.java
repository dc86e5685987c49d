package th.obec.esa.ict.forms.spec;

import th.obec.esa.ict.forms.api.CommitteeRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A member of the committee that compared an F07's offers, with the name and position as the staff
 * list printed them when the F07 was filed (the paper keeps them even when the person moves on).
 */
@Entity
@Table(name = "frm_comparison_member")
@NamedQuery(name = "CommitteeMember.of",
    query = "SELECT m FROM CommitteeMember m WHERE m.submissionId = :id ORDER BY m.seatNo")
public class CommitteeMember {

  @Id
  @SequenceGenerator(name = "frm_comparison_member_seq", sequenceName = "frm_comparison_member_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "frm_comparison_member_seq")
  private Long id;

  @Column(name = "submission_id", nullable = false)
  private long submissionId;

  @Column(name = "seat_no", nullable = false)
  private int seatNo;

  @Column(nullable = false, length = 64)
  private String uid;

  @Column(name = "full_name", nullable = false, length = 300)
  private String name;

  @Column(length = 300)
  private String position;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private CommitteeRole role;

  protected CommitteeMember() {}

  public CommitteeMember(long submissionId, int seatNo, String uid, String name, String position, CommitteeRole role) {
    this.submissionId = submissionId;
    this.seatNo = seatNo;
    this.uid = uid;
    this.name = name;
    this.position = position;
    this.role = role;
  }

  public CommitteeMemberView view() {
    return new CommitteeMemberView(seatNo, uid, name, position, role);
  }
}
