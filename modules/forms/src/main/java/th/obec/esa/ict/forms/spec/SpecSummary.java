package th.obec.esa.ict.forms.spec;

import java.io.Serializable;
import java.math.BigDecimal;
import th.obec.esa.ict.forms.workflow.State;

/** An approved F06 as the comparison page lists it. */
public record SpecSummary(long id, String numberText, String subject, String editionName, BigDecimal total,
    State state) implements Serializable {}
