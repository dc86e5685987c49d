/**
 * What the forms module says to the rest of the application: the events its workflow fires in the
 * deciding transaction ({@link th.obec.esa.ict.forms.api.SubmissionApproved},
 * {@link th.obec.esa.ict.forms.api.SubmissionDone}) and what an approval gives back
 * ({@link th.obec.esa.ict.forms.api.Approval}). A form's side effect (an F08's account, an F14's
 * grant) is an observer of these events in the code that owns the effect, so the inbox page, the
 * form's own page and REST all approve through the one {@code SubmissionService.approve} and
 * behave the same. A request is filed as a {@link th.obec.esa.ict.forms.api.NewSubmission}, under
 * one of its form's work processes ({@link th.obec.esa.ict.forms.api.FormProcesses}). Also the F07's
 * filing contract that pages and REST build ({@link th.obec.esa.ict.forms.api.ComparisonRequest}
 * with its committee seats, issue 17).
 */
package th.obec.esa.ict.forms.api;
