package th.obec.esa.ict.core.api;

import java.time.LocalDate;

/**
 * Who runs a scheduled job on a given office day. Every instance of a cluster has the same timers
 * (issue 19); before doing the day's work a job claims the day here, and only the first claim
 * wins: the database's unique key on (job, day) decides, so the job runs once a day however many
 * instances fire. The jobs stay idempotent anyway (a run that dies half-way is done again the
 * next day, and one run twice changes nothing).
 */
public interface JobRuns {

  /**
   * Whether this instance is to run {@code job} for {@code day}: true for the first claim of that
   * day, false when another instance (or an earlier run on this one) claimed it already.
   */
  boolean claim(String job, LocalDate day);

  /** The claimed run is over; {@code outcome} says what it did, for the log and the table. */
  void finished(String job, LocalDate day, String outcome);
}
