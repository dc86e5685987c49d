package th.obec.esa.ict.forms.loan;

import java.time.LocalDate;

/** One borrowed asset of a loan request, as read. */
public record LoanView(long id, long assetId, String assetNumber, String assetName, LocalDate from, LocalDate until,
    LocalDate handedOutOn, LocalDate returnedOn, Boolean conditionOk, String conditionNote) {}
