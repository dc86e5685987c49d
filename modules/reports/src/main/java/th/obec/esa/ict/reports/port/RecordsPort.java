package th.obec.esa.ict.reports.port;

import java.time.LocalDate;
import java.util.List;

/** Data-collection returns (F01), studies (F13/F15) and improvements (F16/F17) of the records module. */
public interface RecordsPort {

  /** Per central system, the F01 rounds due in the period. */
  List<ReturnLine> returns(LocalDate from, LocalDate to);

  /** The studies (F13) recorded in the period. */
  List<RecordLine> studies(LocalDate from, LocalDate to);

  /** The ICT improvements (F16) recorded in the period. */
  List<RecordLine> improvements(LocalDate from, LocalDate to);
}
