package th.obec.esa.ict.records.common;

/**
 * Who signs a report (F15, F17) as the ICT officer responsible: the name and position printed
 * under "(ลงชื่อ)". Given by the page (from the signed-in person's staff record) when the report
 * is issued and kept with the record, so the printed report never changes afterwards.
 */
public record Signature(String name, String position) {}
