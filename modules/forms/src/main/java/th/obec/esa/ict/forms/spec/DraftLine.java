package th.obec.esa.ict.forms.spec;

/**
 * A spec line worked out against the catalogue, before it is stored.
 *
 * @param catalogueText the catalogue's wording for an edited or removed line, else null
 */
public record DraftLine(int lineNo, String text, String catalogueText, Deviation deviation, String reason) {}
