package th.obec.esa.ict.forms.spec;

import java.io.Serializable;

/** A spec line with its mark against the catalogue and the reason given. */
public record SpecLineView(long id, int lineNo, String text, String catalogueText, Deviation deviation, String reason)
    implements Serializable {}
