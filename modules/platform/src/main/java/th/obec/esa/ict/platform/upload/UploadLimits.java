package th.obec.esa.ict.platform.upload;

import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How much an upload may hold. {@code ict.upload.max-rows} (environment {@code ICT_UPLOAD_MAX_ROWS})
 * caps the rows with content that any uploaded CSV or XLSX file may have, whatever it is imported
 * into (default {@value #DEFAULT_MAX_ROWS}); a file over it is refused whole, before its rows are
 * checked or stored. Each importer may keep a smaller limit of its own that the business sets
 * (an area has a few hundred schools); this one guards the server.
 */
public final class UploadLimits {

  public static final int DEFAULT_MAX_ROWS = 20_000;

  private UploadLimits() {}

  /** The configured row limit (at least 1), or the default when nothing is configured. */
  public static int maxRows() {
    Optional<Integer> configured;
    try {
      configured = ConfigProvider.getConfig().getOptionalValue("ict.upload.max-rows", Integer.class);
    } catch (IllegalStateException | IllegalArgumentException e) {
      // no MicroProfile Config outside the server (plain unit tests), or a value that is no number
      configured = Optional.empty();
    }
    return Math.max(1, configured.orElse(DEFAULT_MAX_ROWS));
  }
}
