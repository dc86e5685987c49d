package th.obec.esa.ict.forms.submission;

/**
 * The form-specific part of a new submission: F02 {@code UseRequest}, F03 {@code RepairRequest},
 * F04 {@code LoanRequest}, F05 {@code ActionRequest}. Forms without their own fields yet file
 * their content in the common subject and body and pass no detail.
 */
public interface FormDetail {}
