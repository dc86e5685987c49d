package th.obec.esa.ict.forms.loan;

import java.time.LocalDate;

/** One day of an asset's calendar: free, or booked by a request (its number). */
public record DayAvailability(LocalDate day, boolean free, String bookedBy) {}
