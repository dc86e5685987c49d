package th.obec.esa.ict.delegation.authority;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import th.obec.esa.ict.delegation.api.OrganizationPort;
import th.obec.esa.ict.delegation.api.StandIn;

/**
 * The organisation's answers for one set of facts, each asked once. The rules climb the same units
 * and ask for the same heads and stand-ins many times in one check (each unit of a path, each
 * option of the acting switch), and every question was a query; the facts are of one moment, so an
 * answer cannot change while they are in use. Not shared: one per {@link FactsLoader#at} call.
 */
final class RememberingOrganization implements OrganizationPort {

  private final OrganizationPort org;
  private final Map<Question, Object> answers = new HashMap<>();

  RememberingOrganization(OrganizationPort org) {
    this.org = org;
  }

  /** One question to the organisation: the method and its arguments. */
  private record Question(String method, String key, LocalDate on) {}

  @SuppressWarnings("unchecked")
  private <T> T ask(String method, String key, LocalDate on, Supplier<T> answer) {
    Question q = new Question(method, key, on);
    if (answers.containsKey(q)) {
      return (T) answers.get(q);
    }
    T a = answer.get();
    answers.put(q, a);
    return a;
  }

  @Override
  public Optional<String> headOf(String unitCode, LocalDate on) {
    return ask("headOf", unitCode, on, () -> org.headOf(unitCode, on));
  }

  @Override
  public Optional<String> parentOf(String unitCode, LocalDate on) {
    return ask("parentOf", unitCode, on, () -> org.parentOf(unitCode, on));
  }

  @Override
  public List<StandIn> standInsOf(String holderUid, LocalDate on) {
    return ask("standInsOf", holderUid, on, () -> List.copyOf(org.standInsOf(holderUid, on)));
  }

  @Override
  public List<StandIn> standInClausesNaming(String standInUid, LocalDate on) {
    return ask("standInClausesNaming", standInUid, on, () -> List.copyOf(org.standInClausesNaming(standInUid, on)));
  }

  @Override
  public Optional<String> superiorOf(String uid, LocalDate on) {
    return ask("superiorOf", uid, on, () -> org.superiorOf(uid, on));
  }

  @Override
  public Optional<String> displayName(String uid) {
    return ask("displayName", uid, null, () -> org.displayName(uid));
  }

  @Override
  public boolean accountDisabled(String uid) {
    return ask("accountDisabled", uid, null, () -> org.accountDisabled(uid));
  }
}
