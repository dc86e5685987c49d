package th.obec.esa.ict.traffic.record;

/**
 * What an export produced: the CSV's name inside the zip, its line count and the SHA-256 of its
 * bytes (also in the zip as {@code <name>.sha256}, in the format {@code sha256sum -c} reads).
 */
public record ExportResult(String csvName, long rows, String sha256) {}
