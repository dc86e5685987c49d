package th.obec.esa.ict.forms.spec;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * An offer with the line-by-line check: {@code answers} follows the spec's required lines,
 * {@code failedLines} the ones it does not meet; the winner is the cheapest compliant offer of
 * its item, {@code cheapest} the cheapest at all.
 */
public record OfferView(long id, int offerNo, String vendor, int itemNo, BigDecimal unitPrice, BigDecimal amount,
    String note, boolean compliant, boolean winner, boolean cheapest, List<AnswerView> answers,
    List<Integer> failedLines) implements Serializable {}
