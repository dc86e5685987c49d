package th.obec.esa.ict.records.api;

import java.time.LocalDate;

/**
 * An F13 study or F16 improvement recorded in a period.
 *
 * @param formCode F13 or F16
 * @param number "F13-2569/001"
 * @param stateCode RECORDED or REPORTED
 * @param reportedOn the day the F15 / F17 was issued, or null
 */
public record RecordEntry(String formCode, long id, String number, String title, String stateCode, String stateThai,
    LocalDate startDate, LocalDate endDate, LocalDate recordedOn, LocalDate reportedOn) {}
