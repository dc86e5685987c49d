package th.obec.esa.ict.forms.api;

import java.io.Serializable;
import java.time.LocalDate;

/** An item lent (F04) and not back: due on {@code until}, past it when {@code daysOverdue} > 0. */
public record LoanDue(long submissionId, String numberText, String borrowerUid, String assetNumber, String assetName,
    LocalDate until, int daysOverdue) implements Serializable {}
