package th.obec.esa.ict.delegation.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * What an actor wants to do: use {@code power} in {@code unitCode}, for {@code amount} (null when
 * no money is involved), on a subject whose {@code participants} (requester, people it names) may
 * not decide it, on the subject {@code subjectType}/{@code subjectId} (kept in the acting record).
 */
public record AuthorityRequest(String power, String unitCode, BigDecimal amount, Set<String> participants,
    String subjectType, String subjectId) implements Serializable {

  public AuthorityRequest {
    Objects.requireNonNull(power, "power");
    Objects.requireNonNull(unitCode, "unitCode");
    participants = participants == null ? Set.of() : Set.copyOf(participants);
  }

  public static AuthorityRequest of(String power, String unitCode) {
    return new AuthorityRequest(power, unitCode, null, Set.of(), null, null);
  }

  public AuthorityRequest amount(BigDecimal value) {
    return new AuthorityRequest(power, unitCode, value, participants, subjectType, subjectId);
  }

  public AuthorityRequest participants(String... uids) {
    Set<String> all = new LinkedHashSet<>(participants);
    Arrays.stream(uids).filter(Objects::nonNull).forEach(all::add);
    return new AuthorityRequest(power, unitCode, amount, all, subjectType, subjectId);
  }

  public AuthorityRequest subject(String type, String id) {
    return new AuthorityRequest(power, unitCode, amount, participants, type, id);
  }
}
