package th.obec.esa.ict.records.api;

import java.time.LocalDate;

/**
 * One record for a list of recent cases.
 *
 * @param formCode F01 (a collection round), F13 (a study) or F16 (an improvement)
 * @param reference the record number ("F13-2569/001"), or the round's label for F01
 * @param title the study's or improvement's title; for F01 the system and the round
 * @param stateCode RECORDED / REPORTED for F13 and F16; OPEN / COMPLETE / OVERDUE for F01
 * @param stateThai the state in Thai
 * @param date the day recorded (F13, F16) or the due date (F01)
 * @param reportAvailable the F15 / F17 is issued (always false for F01)
 */
public record RecordCase(String formCode, long id, String reference, String title, String stateCode, String stateThai,
    LocalDate date, boolean reportAvailable) {}
