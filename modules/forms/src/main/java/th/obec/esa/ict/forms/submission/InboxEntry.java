package th.obec.esa.ict.forms.submission;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import th.obec.esa.ict.forms.port.AuthorityOption;

/**
 * A submission waiting for the user, and for an approval the ways they may give it: in their
 * own right and/or acting for someone (whom, on what basis). The card also shows the amount and
 * since when the request has waited (its last step, else its filing).
 */
public record InboxEntry(SubmissionSummary submission, Task task, List<AuthorityOption> options, BigDecimal amount,
    OffsetDateTime waitingSince) {}
