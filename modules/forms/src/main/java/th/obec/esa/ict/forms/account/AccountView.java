package th.obec.esa.ict.forms.account;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import th.obec.esa.ict.forms.workflow.State;

/**
 * An account request as pages and REST show it: the form's number and state, the account's
 * fields, and what became of it. For an open task it is exactly what the officer must create.
 */
public record AccountView(long submissionId, String numberText, State state, String requesterName, String accountUid,
    String thaiName, String englishName, String position, String unitName, String mail, Set<ServiceWanted> services,
    Set<String> groups, AccountStatus status, OffsetDateTime createdAt, String createdBy, LocalDate cardValidUntil) {}
