package th.obec.esa.ict.reports.year;

import java.time.LocalDate;
import th.obec.esa.ict.reports.port.ReportOffice;

/**
 * All figures of one F21, computed from the recorded data; the PDF and the XLSX are printed from it.
 *
 * @param buddhistYear the fiscal year (2569 runs from {@code firstDay} 1 Oct 2025 to {@code lastDay} 30 Sep 2026)
 * @param producedOn the day the report was made
 */
public record YearReport(int buddhistYear, LocalDate firstDay, LocalDate lastDay, LocalDate producedOn,
    ReportOffice office, RequestSection requests, ServiceSection services, AccountSection accounts,
    EvaluationSection evaluations, ReturnSection returns, RecordSection records, Narratives narratives) {}
