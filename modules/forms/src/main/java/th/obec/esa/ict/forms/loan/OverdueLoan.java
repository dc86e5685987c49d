package th.obec.esa.ict.forms.loan;

import java.time.LocalDate;

/** An item lent and not back after its last day, as its borrower's home page lists it. */
public record OverdueLoan(long submissionId, String number, String assetNumber, String assetName, LocalDate until,
    int daysOverdue) {}
