package th.obec.esa.ict.core.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;
import org.junit.jupiter.api.Test;

class DemoModeTest {

  /** The embedded defaults of META-INF/microprofile-config.properties, as a start without any setting sees them. */
  private static final Map<String, String> DEFAULTS = Map.of("ict.ldap.embedded", "true",
      "ict.ldap.url", "ldap://localhost:10389", "ict.ldap.bind-password", "intranet-demo");

  @Test
  void aProductionStartWithTheEmbeddedDefaultsIsNotReadyAndSaysWhy() {
    List<String> problems = DemoMode.problems(config(DEFAULTS));
    assertEquals(3, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("ICT_LDAP_EMBEDDED=false"), problems.get(0));
    assertTrue(problems.get(1).contains("ICT_LDAP_URL"), problems.get(1));
  }

  @Test
  void demoModeMayUseTheEmbeddedDirectory() {
    Map<String, String> demo = new java.util.HashMap<>(DEFAULTS);
    demo.put("ict.demo", "true");
    assertEquals(List.of(), DemoMode.problems(config(demo)));
  }

  @Test
  void aProductionStartNamingTheOfficesDirectoryIsFine() {
    assertEquals(List.of(), DemoMode.problems(config(Map.of("ict.ldap.embedded", "false",
        "ict.ldap.url", "ldaps://ad.office.local:636", "ict.ldap.bind-password", "s3cret"))));
  }

  private static Config config(Map<String, String> values) {
    return new Config() {
      @Override
      public <T> T getValue(String name, Class<T> type) {
        return getOptionalValue(name, type).orElseThrow();
      }

      @Override
      @SuppressWarnings("unchecked")
      public <T> Optional<T> getOptionalValue(String name, Class<T> type) {
        String v = values.get(name);
        if (v == null) {
          return Optional.empty();
        }
        return Optional.of(type == Boolean.class ? (T) Boolean.valueOf(v) : (T) v);
      }

      @Override
      public ConfigValue getConfigValue(String name) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Iterable<String> getPropertyNames() {
        return values.keySet();
      }

      @Override
      public Iterable<ConfigSource> getConfigSources() {
        return List.of();
      }

      @Override
      public <T> Optional<Converter<T>> getConverter(Class<T> type) {
        return Optional.empty();
      }

      @Override
      public <T> T unwrap(Class<T> type) {
        throw new IllegalArgumentException();
      }
    };
  }
}
