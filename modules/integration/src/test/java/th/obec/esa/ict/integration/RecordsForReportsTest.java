package th.obec.esa.ict.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.records.api.RecordCase;
import th.obec.esa.ict.records.api.RecordEntry;
import th.obec.esa.ict.records.api.ReturnFigure;
import th.obec.esa.ict.reports.port.CaseLine;
import th.obec.esa.ict.reports.port.RecordLine;
import th.obec.esa.ict.reports.port.ReturnLine;

/** F01 rounds, F13 studies and F16 improvements as cases of the work processes and lines of the yearly report. */
class RecordsForReportsTest {

  @Test
  void eachRecordFormIsItsKindOfCase() {
    assertEquals("RETURN_ROUND", RecordsForReports.kind("F01"));
    assertEquals("STUDY", RecordsForReports.kind("F13"));
    assertEquals("STUDY", RecordsForReports.kind("F15"));
    assertEquals("IMPROVEMENT", RecordsForReports.kind("F16"));
    assertEquals("IMPROVEMENT", RecordsForReports.kind("F17"));
  }

  @Test
  void finishedRecordsAreDoneRecordedOnesAndCollectingRoundsInProgress() {
    assertEquals("DONE", RecordsForReports.group("COMPLETE"));
    assertEquals("DONE", RecordsForReports.group("REPORTED"));
    assertEquals("IN_PROGRESS", RecordsForReports.group("RECORDED"));
    assertEquals("IN_PROGRESS", RecordsForReports.group("OPEN"));
    // as it stands: a round with overdue returns counts as open (awaiting action), not in progress
    assertEquals("OPEN", RecordsForReports.group("OVERDUE"));
  }

  @Test
  void eachStateHasItsEnglishLabelAndAnUnknownOneShowsItsCode() {
    assertEquals("Collecting", RecordsForReports.english("OPEN"));
    assertEquals("All returned", RecordsForReports.english("COMPLETE"));
    assertEquals("Overdue returns", RecordsForReports.english("OVERDUE"));
    assertEquals("Recorded", RecordsForReports.english("RECORDED"));
    assertEquals("Reported", RecordsForReports.english("REPORTED"));
    assertEquals("ARCHIVED", RecordsForReports.english("ARCHIVED"));
  }

  @Test
  void aRoundHasNoNumberOfItsOwn() {
    RecordCase round = new RecordCase("F01", 7, "รอบ 1/2569", "DMC รอบ 1/2569", "OVERDUE", "มีหน่วยเกินกำหนดส่ง",
        LocalDate.of(2026, 6, 10), false);
    assertEquals(new CaseLine("RETURN_ROUND", 7, "F01", null, "DMC รอบ 1/2569", "OVERDUE", "มีหน่วยเกินกำหนดส่ง",
        "Overdue returns", "OPEN", LocalDate.of(2026, 6, 10), false), RecordsForReports.caseLine(round));
  }

  @Test
  void aStudyKeepsItsNumberAndWhetherItsReportIsOut() {
    RecordCase study = new RecordCase("F13", 3, "F13-2569/001", "ความต้องการใช้ระบบสารบรรณ", "REPORTED", "รายงานแล้ว",
        LocalDate.of(2026, 3, 1), true);
    CaseLine c = RecordsForReports.caseLine(study);
    assertEquals("STUDY", c.kind());
    assertEquals("F13-2569/001", c.number());
    assertEquals("DONE", c.stateGroup());
    assertEquals("Reported", c.stateEn());
    assertEquals("รายงานแล้ว", c.stateTh());
    assertTrue(c.reportAvailable());
  }

  @Test
  void aRecordLineSaysWhetherTheReportWasIssued() {
    RecordEntry recorded = new RecordEntry("F16", 5, "F16-2569/002", "ระบบจองห้องประชุม", "RECORDED", "บันทึกแล้ว",
        LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 5), LocalDate.of(2026, 2, 6), null);
    RecordLine l = RecordsForReports.recordLine(recorded);
    assertEquals(new RecordLine("F16", 5, "F16-2569/002", "ระบบจองห้องประชุม", "บันทึกแล้ว", LocalDate.of(2026, 2, 6),
        false), l);
    RecordEntry reported = new RecordEntry("F16", 5, "F16-2569/002", "ระบบจองห้องประชุม", "REPORTED", "รายงานแล้ว",
        LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 5), LocalDate.of(2026, 2, 6), LocalDate.of(2026, 3, 1));
    assertTrue(RecordsForReports.recordLine(reported).reportIssued());
    assertFalse(l.reportIssued());
    assertNull(recorded.reportedOn());
  }

  @Test
  void aSystemsReturnsAreCarriedOver() {
    assertEquals(new ReturnLine("DMC", "ระบบ DMC", 2, 40, 30, 5, 3, 2),
        RecordsForReports.returnLine(new ReturnFigure("DMC", "ระบบ DMC", 2, 40, 30, 5, 3, 2)));
  }
}
