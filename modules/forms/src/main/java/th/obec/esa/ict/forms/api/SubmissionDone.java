package th.obec.esa.ict.forms.api;

import th.obec.esa.ict.forms.catalog.FormCode;
import th.obec.esa.ict.platform.security.Actor;

/**
 * The job of a submission was completed (its final state DONE). Fired synchronously by
 * {@code SubmissionService} after the completing step and audit entry, in the same transaction:
 * an observer that throws rolls the completion back.
 *
 * @param actor who completed it (the assignee or the ICT unit)
 * @param outcome what was done, as recorded on the submission, or null
 */
public record SubmissionDone(long submissionId, FormCode form, String numberText, Actor actor, String outcome) {}
