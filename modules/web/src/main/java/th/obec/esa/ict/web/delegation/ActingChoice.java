package th.obec.esa.ict.web.delegation;

import java.io.Serializable;

/**
 * The person the signed-in user chose to act for, and the basis as it was when chosen (Thai and
 * English); {@code delegationId} is null when acting as a stand-in by order.
 */
public record ActingChoice(String principalUid, String principalName, Long delegationId, String basisText,
    String basisTextEn) implements Serializable {

  /** The key of an option in the switch's list: the person, and the delegation when there is one. */
  public String key() {
    return principalUid + (delegationId == null ? "" : "#" + delegationId);
  }
}
