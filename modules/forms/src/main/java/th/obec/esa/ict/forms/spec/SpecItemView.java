package th.obec.esa.ict.forms.spec;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** An item of an F06 with its amount and whether its price is above the reference price. */
public record SpecItemView(long id, int itemNo, long catalogItemId, String catalogItemNo, String name, String unitName,
    int quantity, BigDecimal referencePrice, BigDecimal unitPrice, BigDecimal amount, boolean aboveReference,
    String priceReason, List<SpecLineView> lines) implements Serializable {}
