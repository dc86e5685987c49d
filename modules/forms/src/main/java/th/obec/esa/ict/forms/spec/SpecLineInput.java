package th.obec.esa.ict.forms.spec;

import java.io.Serializable;

/**
 * A spec line as the requester leaves it.
 *
 * @param catalogueLine the catalogue line it comes from (1-based), or null for an added line
 * @param text the wording; blank removes a catalogue line
 * @param reason why it differs from the catalogue; required when edited or removed
 */
public record SpecLineInput(Integer catalogueLine, String text, String reason) implements Serializable {}
