package th.obec.esa.ict.assets.register;

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
 * The last running number given out for one class-group and fiscal year. Read with a write
 * lock, so two registrations at once never get the same number.
 */
@Entity
@Table(name = "ast_number_counter")
@NamedQuery(name = "NumberCounter.find",
    query = "SELECT c FROM NumberCounter c WHERE c.prefix = :prefix AND c.fiscalYearBe = :year")
public class NumberCounter {

  @Id
  @SequenceGenerator(name = "ast_number_counter_seq", sequenceName = "ast_number_counter_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ast_number_counter_seq")
  private Long id;

  @Column(nullable = false, length = 40)
  private String prefix;

  @Column(name = "fiscal_year_be", nullable = false)
  private int fiscalYearBe;

  @Column(name = "last_running", nullable = false)
  private int lastRunning;

  @Version
  private long version;

  protected NumberCounter() {}

  public NumberCounter(String prefix, int fiscalYearBe) {
    this.prefix = prefix;
    this.fiscalYearBe = fiscalYearBe;
  }

  public int next() {
    return ++lastRunning;
  }

  /** Skips over numbers given by hand, so that the next automatic one is free. */
  public void atLeast(int running) {
    lastRunning = Math.max(lastRunning, running);
  }
}
