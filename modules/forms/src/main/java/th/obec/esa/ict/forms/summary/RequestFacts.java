package th.obec.esa.ict.forms.summary;

import java.time.OffsetDateTime;
import th.obec.esa.ict.forms.catalog.FormCode;
import th.obec.esa.ict.forms.workflow.State;

/**
 * What a summary needs of one request: its form, state, and the moments it was filed, decided
 * (approved or rejected) and closed (done, returned); null where it has not happened.
 */
public record RequestFacts(FormCode form, State state, OffsetDateTime filedAt, OffsetDateTime decidedAt,
    OffsetDateTime closedAt) {}
