package th.obec.esa.ict.system;

import java.net.URI;

/**
 * Where the EAR under test answers. The build deploys the built EAR once, on a Payara Server domain
 * of its own (config/payara/it-domain.sh, before the tests), and every test class talks to it:
 * redeploying the same EAR for each class proved flaky on a busy machine ("Resource not found").
 */
final class Deployed {

  private Deployed() {}

  static URI base() {
    String url = System.getProperty("ict.it.baseUrl", "http://localhost:28080/");
    return URI.create(url.endsWith("/") ? url : url + "/");
  }
}
