package th.obec.esa.ict.forms.use;

/** A line of an F02 request: what, how many, in what unit, and the asset when it is a registered one. */
public record UseLine(String description, int quantity, String unitName, Long assetId) {}
