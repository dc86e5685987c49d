package th.obec.esa.ict.forms.action;

import java.time.LocalDate;
import th.obec.esa.ict.forms.submission.FormDetail;

/** F05: the kind of job, where, and the day it is wanted by (optional); the details are the body. */
public record ActionRequest(ActionKind kind, String location, LocalDate wantedBy) implements FormDetail {}
