package th.obec.esa.ict.delegation.api;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * One line of "who acts for whom": a person away (with why) and who acts for them by the order,
 * or a delegation in force and its delegate. {@code actorUid} is null when no stand-in is available.
 */
public record ActingOverviewRow(String principalUid, String principalName, String absenceKind, String actorUid,
    String actorName, Basis basis, Set<String> powers, OffsetDateTime until) implements Serializable {}
