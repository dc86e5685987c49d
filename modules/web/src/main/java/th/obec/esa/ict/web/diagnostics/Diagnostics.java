package th.obec.esa.ict.web.diagnostics;

import org.eclipse.microprofile.config.ConfigProvider;

/** Whether the application shows what a request cost ({@code ict.diagnostics.enabled}, default false). */
final class Diagnostics {

  static final String ENABLED_KEY = "ict.diagnostics.enabled";

  private static volatile Boolean enabled;

  private Diagnostics() {}

  static boolean enabled() {
    Boolean e = enabled;
    if (e == null) {
      e = ConfigProvider.getConfig().getOptionalValue(ENABLED_KEY, Boolean.class).orElse(false);
      enabled = e;
    }
    return e;
  }
}
