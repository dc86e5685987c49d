package th.obec.esa.ict.delegation.api;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * Someone a person may act for right now, and on what basis: a stand-in clause whose holder is
 * away, or a delegation in force ({@code powers} lists what it allows; all the holder's powers for
 * a stand-in). {@code until} is when it ends, when known (a delegation's end; null for a stand-in,
 * which lasts as long as the absence).
 */
public record ActingOption(String principalUid, String principalName, Basis basis, Set<String> powers,
    OffsetDateTime until) implements Serializable {}
