package th.obec.esa.ict.forms.spec;

import java.math.BigDecimal;

/** An offer as the choice of the winner sees it. */
public record Candidate(int offerNo, int itemNo, BigDecimal unitPrice, boolean compliant) {}
