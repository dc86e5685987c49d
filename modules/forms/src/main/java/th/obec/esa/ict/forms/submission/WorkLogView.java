package th.obec.esa.ict.forms.submission;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** An entry of a job's work log. */
public record WorkLogView(String actorUid, OffsetDateTime at, String note, String parts, BigDecimal partsCost) {}
