package th.obec.esa.ict.forms.port;

/** What a form shows of an asset of the register, and its status now. */
public record AssetSummary(long id, String assetNumber, String name, AssetState state, String location) {}
