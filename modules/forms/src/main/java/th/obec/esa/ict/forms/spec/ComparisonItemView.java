package th.obec.esa.ict.forms.spec;

import java.io.Serializable;
import java.util.List;

/** One item of the spec and the offers made for it; {@code winner} is null when no offer complies. */
public record ComparisonItemView(SpecItemView item, List<OfferView> offers, OfferView winner) implements Serializable {}
