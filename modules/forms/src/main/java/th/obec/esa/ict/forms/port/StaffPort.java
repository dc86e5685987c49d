package th.obec.esa.ict.forms.port;

import java.time.LocalDate;
import java.util.Optional;

/** The organisation module's staff and units, as the forms need them. */
public interface StaffPort {

  Optional<PersonSummary> person(String uid);

  /** The director of a unit on a day (the holder of the post, not a stand-in). */
  Optional<String> unitDirectorUid(String unitCode, LocalDate at);
}
