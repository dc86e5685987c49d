package th.obec.esa.ict.integration;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import th.obec.esa.ict.records.api.RecordCase;
import th.obec.esa.ict.records.api.RecordEntry;
import th.obec.esa.ict.records.api.RecordFigures;
import th.obec.esa.ict.records.api.ReturnFigure;
import th.obec.esa.ict.reports.port.CaseLine;
import th.obec.esa.ict.reports.port.CasesPort;
import th.obec.esa.ict.reports.port.RecordLine;
import th.obec.esa.ict.reports.port.RecordsPort;
import th.obec.esa.ict.reports.port.ReturnLine;

/** F01 returns, studies and improvements for the yearly report, and as cases of their work processes. */
@Stateless
@Local({RecordsPort.class, CasesPort.class})
public class RecordsForReports implements RecordsPort, CasesPort {

  @EJB
  private RecordFigures records;

  @Override
  public List<ReturnLine> returns(LocalDate from, LocalDate to) {
    return records.returns(from, to).stream().map(RecordsForReports::returnLine).toList();
  }

  static ReturnLine returnLine(ReturnFigure f) {
    return new ReturnLine(f.systemCode(), f.systemLabel(), f.rounds(), f.expected(), f.onTime(), f.late(), f.overdue(),
        f.waiting());
  }

  @Override
  public List<RecordLine> studies(LocalDate from, LocalDate to) {
    return records.studies(from, to).stream().map(RecordsForReports::recordLine).toList();
  }

  @Override
  public List<RecordLine> improvements(LocalDate from, LocalDate to) {
    return records.improvements(from, to).stream().map(RecordsForReports::recordLine).toList();
  }

  static RecordLine recordLine(RecordEntry e) {
    return new RecordLine(e.formCode(), e.id(), e.number(), e.title(), e.stateThai(), e.recordedOn(),
        e.reportedOn() != null);
  }

  /** By form: each record form serves one process only (F01: 2; F13, F15: 12; F16, F17: 13). */
  @Override
  public List<CaseLine> cases(int process, Set<String> formCodes, int max) {
    return records.cases(formCodes, max).stream().map(RecordsForReports::caseLine).toList();
  }

  static CaseLine caseLine(RecordCase c) {
    String kind = kind(c.formCode());
    // a collection round has no number of its own: its reference is its label, already in the title
    String number = "RETURN_ROUND".equals(kind) ? null : c.reference();
    return new CaseLine(kind, c.id(), c.formCode(), number, c.title(), c.stateCode(), c.stateThai(),
        english(c.stateCode()), group(c.stateCode()), c.date(), c.reportAvailable());
  }

  /** F01 is a collection round of returns, F13 (its report F15) a study, the rest (F16, its report F17) an improvement. */
  static String kind(String formCode) {
    return switch (formCode) {
      case "F01" -> "RETURN_ROUND";
      case "F13", "F15" -> "STUDY";
      default -> "IMPROVEMENT";
    };
  }

  static String english(String state) {
    return switch (state) {
      case "OPEN" -> "Collecting";
      case "COMPLETE" -> "All returned";
      case "OVERDUE" -> "Overdue returns";
      case "RECORDED" -> "Recorded";
      case "REPORTED" -> "Reported";
      default -> state;
    };
  }

  static String group(String state) {
    return switch (state) {
      case "COMPLETE", "REPORTED" -> "DONE";
      case "RECORDED", "OPEN" -> "IN_PROGRESS";
      default -> "OPEN";
    };
  }
}
