package th.obec.esa.ict.core.directory;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Makes the tests' LDAP server writable for {@link th.obec.esa.ict.core.CoreIT}: the test services start
 * Payara with {@code ict.ldap.embedded=false}, which leaves {@code ict.ldap.writable} false.
 */
public class WritableDirectoryConfig implements ConfigSource {

  private static final Map<String, String> VALUES = Map.of("ict.ldap.writable", "true");

  @Override
  public Set<String> getPropertyNames() {
    return VALUES.keySet();
  }

  @Override
  public String getValue(String propertyName) {
    return VALUES.get(propertyName);
  }

  @Override
  public String getName() {
    return "CoreIT";
  }

  @Override
  public int getOrdinal() {
    return 500;
  }
}
