package th.obec.esa.ict.forms.submission;

import java.util.List;
import th.obec.esa.ict.forms.port.AuthorityOption;

/**
 * A submission waiting for the user, and for an approval the ways they may give it: in their
 * own right and/or acting for someone (whom, on what basis).
 */
public record InboxEntry(SubmissionSummary submission, Task task, List<AuthorityOption> options) {}
