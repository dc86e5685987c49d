package th.obec.esa.ict.delegation;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The organisation port of the integration tests: order 275/2561's facts (nanphat's stand-in is
 * khwansiri, clause 1.10) plus whatever made-up units and people a test adds. The application's
 * own implementation reads the organisation module; this module never does.
 */
@ApplicationScoped
public class TestOrganization extends InMemoryOrganization {

  public TestOrganization() {
    loadOrder275();
  }
}
