package th.obec.esa.ict.platform.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The office's time: its zone (Thailand, no daylight saving), its clock, and its days as instants.
 * Orders are in force, grants and due dates run, and figures are counted by the office's calendar
 * day, whatever the JVM's default zone is.
 */
public final class OfficeTime {

  /** The zone's id, for annotations that need a constant ({@code @Schedule(timezone = ...)}). */
  public static final String ZONE_ID = "Asia/Bangkok";

  /** The office's time zone. */
  public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

  private OfficeTime() {}

  /** The real time in the office's zone; modules produce it for injection, tests replace it. */
  public static Clock clock() {
    return Clock.system(ZONE);
  }

  /**
   * The office's calendar day of an instant: what a document prints as its date. An instant just
   * after midnight in Bangkok is still the day before in UTC; its offset says nothing about the
   * office's day, so never take {@code toLocalDate()} of it directly. Null stays null.
   */
  public static LocalDate dayOf(OffsetDateTime at) {
    return at == null ? null : at.atZoneSameInstant(ZONE).toLocalDate();
  }

  /**
   * The instant a day typed on a page (whole days, Buddhist era on screen) starts: its midnight in
   * Thailand; null for no day.
   */
  public static OffsetDateTime startOf(LocalDate day) {
    return day == null ? null : day.atStartOfDay(ZONE).toOffsetDateTime();
  }

  /** The instant a day ends, the next midnight, so a search "to" a day includes all of it; null for no day. */
  public static OffsetDateTime endOf(LocalDate day) {
    return day == null ? null : day.plusDays(1).atStartOfDay(ZONE).toOffsetDateTime();
  }
}
