package th.obec.esa.ict.forms.spec;

import java.io.Serializable;
import java.math.BigDecimal;

/** An asset registered from a spec: its id and number, the spec item, the form it came from, its price. */
public record CreatedAsset(long assetId, String assetNumber, long specItemId, long sourceSubmissionId,
    BigDecimal price) implements Serializable {}
