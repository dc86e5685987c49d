package th.obec.esa.ict.forms.spec;

import th.obec.esa.ict.forms.submission.FormDetail;

/**
 * The mark that an F06 or F07 comes through the specification service, which checks its lines
 * against the reference prices: the generic submission path refuses these forms without it.
 */
public record SpecFiling() implements FormDetail {}
