package th.obec.esa.ict.records.report;

/**
 * The head of a printed report: the office and the unit that issue it, and whether digits are
 * printed as Thai digits (the office default on official documents).
 */
public record ReportHead(String officeName, String unitName, boolean thaiDigits) {}
