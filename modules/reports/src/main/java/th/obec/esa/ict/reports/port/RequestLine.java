package th.obec.esa.ict.reports.port;

import java.math.BigDecimal;

/**
 * The requests of one form received in a period and where they stand now.
 *
 * @param received all requests filed (submitted) in the period
 * @param approved of them, approved by the director or a delegate (also those later completed)
 * @param rejected of them, refused
 * @param returned of them, returned for correction or withdrawn by the requester
 * @param completed of them, carried out and closed
 * @param inProgress of them, neither closed nor refused yet
 * @param meanDaysToClose the mean calendar days from filing to closing (completed, rejected or
 *     returned) of those closed; null when none is closed
 */
public record RequestLine(String formCode, String formNameTh, int received, int approved, int rejected, int returned,
    int completed, int inProgress, BigDecimal meanDaysToClose) {}
