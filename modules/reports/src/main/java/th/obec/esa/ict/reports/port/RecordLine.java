package th.obec.esa.ict.reports.port;

import java.time.LocalDate;

/**
 * One study (F13, its report F15) or improvement (F16, its report F17).
 *
 * @param number its running number, as printed (e.g. "ศก 3/2569"); may be null
 * @param stateTh its state in Thai
 * @param date the day it was recorded
 * @param reportIssued whether its report (F15/F17) has been issued
 */
public record RecordLine(String formCode, long id, String number, String title, String stateTh, LocalDate date,
    boolean reportIssued) {}
