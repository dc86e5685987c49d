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
 * The last running number given out in one unit's register for one period. Taken under a row
 * lock, so parallel submissions wait for each other instead of sharing a number.
 */
@Entity
@Table(name = "frm_counter")
@NamedQuery(name = "Counter.find",
    query = "SELECT c FROM Counter c WHERE c.unitCode = :unit AND c.periodKey = :period")
public class Counter {

  @Id
  @SequenceGenerator(name = "frm_counter_seq", sequenceName = "frm_counter_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "frm_counter_seq")
  private Long id;

  @Column(name = "unit_code", nullable = false, length = 40)
  private String unitCode;

  @Column(name = "period_key", nullable = false)
  private int periodKey;

  @Column(name = "last_no", nullable = false)
  private int lastNo;

  @Version
  private long version;

  protected Counter() {}

  public Counter(String unitCode, int periodKey) {
    this.unitCode = unitCode;
    this.periodKey = periodKey;
  }

  public int next() {
    return ++lastNo;
  }
}
