package th.obec.esa.ict.organization.api;

/** The office's emblem as stored: a PNG, its size in pixels. */
public record Emblem(String contentType, byte[] content, int widthPx, int heightPx) {}
