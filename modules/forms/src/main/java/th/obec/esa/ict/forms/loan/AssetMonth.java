package th.obec.esa.ict.forms.loan;

import java.time.YearMonth;
import java.util.List;

/** An asset's availability in a month: every day and the bookings behind them. */
public record AssetMonth(long assetId, YearMonth month, List<DayAvailability> days, List<Booking> bookings) {}
