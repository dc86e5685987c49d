package th.obec.esa.ict.assets.register;

import java.io.Serializable;

/**
 * A registration: either the asset number the office already gave ({@code assetNumber}, checked
 * against the pattern), or, with {@code assetNumber} blank, the FSN class and group from which
 * the register gives the next free running number of the acquisition's fiscal year.
 */
public record NewAsset(String assetNumber, String fsnClass, String group, AssetDetails details) implements Serializable {

  public static NewAsset numbered(String assetNumber, AssetDetails details) {
    return new NewAsset(assetNumber, null, null, details);
  }

  public static NewAsset next(String fsnClass, String group, AssetDetails details) {
    return new NewAsset(null, fsnClass, group, details);
  }
}
