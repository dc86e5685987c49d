package th.obec.esa.ict.forms.api;

import java.io.Serializable;
import java.time.LocalDate;

/** An access granted (F14) whose last day is near. */
public record AccessExpiring(long submissionId, String numberText, String holderUid, String system, String role,
    LocalDate until) implements Serializable {}
