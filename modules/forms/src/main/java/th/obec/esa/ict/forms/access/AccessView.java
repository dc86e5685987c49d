package th.obec.esa.ict.forms.access;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import th.obec.esa.ict.forms.workflow.State;

/**
 * A request for access and the grant it became: a line of the access list. {@code active} is
 * judged at the moment the view was made.
 */
public record AccessView(long submissionId, String numberText, State state, InformationSystem system, String role,
    String holderUid, String holderName, String unitCode, LocalDate from, LocalDate until, OffsetDateTime grantedAt,
    String grantedBy, OffsetDateTime endedAt, String endedBy, EndReason endReason, OffsetDateTime reviewedAt,
    String reviewedBy, boolean active) {}
