package th.obec.esa.ict.forms.numbering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The last running number given out under one printed prefix for one period: the office's register
 * when every unit prints the office's prefix, a unit's own when it has one. Taken under a row lock,
 * so parallel submissions wait for each other instead of sharing a number.
 */
@Entity
@Table(name = "frm_letter_counter")
@NamedQuery(name = "Counter.find",
    query = "SELECT c FROM Counter c WHERE c.prefix = :prefix AND c.periodKey = :period")
public class Counter {

  @Id
  @SequenceGenerator(name = "frm_letter_counter_seq", sequenceName = "frm_letter_counter_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "frm_letter_counter_seq")
  private Long id;

  @Column(name = "prefix", nullable = false, length = 50)
  private String prefix;

  @Column(name = "period_key", nullable = false)
  private int periodKey;

  @Column(name = "last_no", nullable = false)
  private int lastNo;

  @Version
  private long version;

  protected Counter() {}

  /** @param lastNo the highest number already printed under the prefix in the period (0 for none) */
  public Counter(String prefix, int periodKey, int lastNo) {
    this.prefix = prefix;
    this.periodKey = periodKey;
    this.lastNo = lastNo;
  }

  public int next() {
    return ++lastNo;
  }
}
