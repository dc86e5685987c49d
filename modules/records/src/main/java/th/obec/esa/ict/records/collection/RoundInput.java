package th.obec.esa.ict.records.collection;

import java.time.LocalDate;

/**
 * The head of a collection round as the ICT officer types it.
 *
 * @param otherName the system's name when {@code system} is {@link CentralSystem#OTHER}
 * @param label e.g. "ภาคเรียนที่ 1/2569 ณ 10 มิถุนายน"
 * @param fiscalYear Buddhist-era fiscal year; null to take the due date's
 */
public record RoundInput(CentralSystem system, String otherName, String label, Integer fiscalYear, LocalDate dueDate,
    String note) {}
