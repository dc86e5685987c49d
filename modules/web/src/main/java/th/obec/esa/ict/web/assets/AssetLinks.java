package th.obec.esa.ict.web.assets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Absolute links to an asset's page, for QR codes: a phone scanning a label is not on the
 * intranet page that printed it, so the link needs the server's address ({@code ict.base-url}).
 */
@Named("assetLinks")
@ApplicationScoped
public class AssetLinks {

  public static final String BASE_URL_KEY = "ict.base-url";
  public static final String DEFAULT_BASE_URL = "http://localhost:8080";

  public String assetPage(long id) {
    return assetPage(ConfigProvider.getConfig().getOptionalValue(BASE_URL_KEY, String.class).orElse(DEFAULT_BASE_URL), id);
  }

  /** The asset's page under a base URL, with or without a trailing slash. */
  public static String assetPage(String baseUrl, long id) {
    String base = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl.strip();
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    return base + "/assets/asset.xhtml?id=" + id;
  }

  /** The label's QR code as a data URI. */
  public String qrDataUri(long id) {
    return QrCodes.dataUri(assetPage(id), QrCodes.LABEL_SIZE);
  }
}
