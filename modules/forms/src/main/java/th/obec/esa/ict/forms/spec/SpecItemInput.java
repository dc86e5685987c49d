package th.obec.esa.ict.forms.spec;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * An item of a spec: a catalogue item, how many, at what unit price.
 *
 * @param priceReason why the unit price is above the reference price; required then
 * @param lines the spec lines as edited; null copies the catalogue's lines unchanged
 */
public record SpecItemInput(long catalogItemId, int quantity, BigDecimal unitPrice, String priceReason,
    List<SpecLineInput> lines) implements Serializable {}
