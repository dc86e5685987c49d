package th.obec.esa.ict.delegation.authority;

import jakarta.enterprise.context.RequestScoped;
import th.obec.esa.ict.delegation.rules.Facts;

/**
 * The facts one request loaded, kept for its later checks: a page asks the authority check many
 * times (the header's acting switch, each waiting approval's options, the approval itself), each
 * a moment later than the last. See {@link FactsLoader#at}.
 */
@RequestScoped
class RequestFacts {

  private Facts facts;
  private long generation;

  Facts facts(long currentGeneration) {
    return generation == currentGeneration ? facts : null;
  }

  void keep(Facts f, long currentGeneration) {
    facts = f;
    generation = currentGeneration;
  }
}
