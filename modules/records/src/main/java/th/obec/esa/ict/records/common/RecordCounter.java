package th.obec.esa.ict.records.common;

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
 * The last running number of one form's register in one fiscal year. Taken under a row lock, so
 * two records created at the same moment wait for each other instead of sharing a number.
 */
@Entity
@Table(name = "rec_counter")
@NamedQuery(name = "RecordCounter.find",
    query = "SELECT c FROM RecordCounter c WHERE c.formCode = :form AND c.fiscalYear = :year")
public class RecordCounter {

  @Id
  @SequenceGenerator(name = "rec_counter_seq", sequenceName = "rec_counter_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rec_counter_seq")
  private Long id;

  @Column(name = "form_code", nullable = false, length = 8)
  private String formCode;

  @Column(name = "fiscal_year", nullable = false)
  private int fiscalYear;

  @Column(name = "last_no", nullable = false)
  private int lastNo;

  @Version
  private long version;

  protected RecordCounter() {}

  RecordCounter(String formCode, int fiscalYear) {
    this.formCode = formCode;
    this.fiscalYear = fiscalYear;
  }

  int next() {
    return ++lastNo;
  }
}
