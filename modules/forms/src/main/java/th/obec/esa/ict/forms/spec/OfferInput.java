package th.obec.esa.ict.forms.spec;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A vendor's offer for item {@code itemNo} of the spec, at a unit price; lines left unanswered
 * count as not met.
 */
public record OfferInput(String vendor, int itemNo, BigDecimal unitPrice, String note, List<AnswerInput> answers)
    implements Serializable {}
