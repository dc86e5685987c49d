package th.obec.esa.ict.forms.access;

import java.time.LocalDate;

/** The F14 form's own fields: which system, which role in it, for which days, why. */
public record AccessRequest(InformationSystem system, String role, LocalDate from, LocalDate until, String reason) {}
