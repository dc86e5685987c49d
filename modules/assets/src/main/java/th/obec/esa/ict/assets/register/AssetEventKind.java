package th.obec.esa.ict.assets.register;

/** What an entry of an asset's history records. */
public enum AssetEventKind {
  CREATED,
  UPDATED,
  STATUS_CHANGED
}
