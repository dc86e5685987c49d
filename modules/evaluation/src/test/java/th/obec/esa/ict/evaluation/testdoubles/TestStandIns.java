package th.obec.esa.ict.evaluation.testdoubles;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import th.obec.esa.ict.organization.api.StaffRef;
import th.obec.esa.ict.organization.api.StandInRef;
import th.obec.esa.ict.organization.api.StandIns;

/**
 * Organization's {@link StandIns} for the evaluation's tests: the office's staff list holds every
 * uid that starts with {@link #OFFICE}; the order names no stand-ins and no directors.
 */
@Stateless
@Local(StandIns.class)
public class TestStandIns implements StandIns {

  /** The uid prefix of the test respondents on the office's staff list. */
  public static final String OFFICE = "office-";

  @Override
  public Optional<StaffRef> staffByUid(String uid) {
    return uid != null && uid.startsWith("it-" + OFFICE)
        ? Optional.of(new StaffRef(uid.hashCode() & 0x7fffffffL, uid, uid, null, null, null, null, null, "ACTIVE", false))
        : Optional.empty();
  }

  @Override
  public Optional<StaffRef> staffById(long staffId) {
    return Optional.empty();
  }

  @Override
  public List<StandInRef> standInsOf(long staffId, LocalDate at) {
    return List.of();
  }

  @Override
  public List<StandInRef> standInsOf(String uid, LocalDate at) {
    return List.of();
  }

  @Override
  public List<StandInRef> standingInFor(String uid, LocalDate at) {
    return List.of();
  }

  @Override
  public Optional<StaffRef> unitDirectorOf(long unitId, LocalDate at) {
    return Optional.empty();
  }

  @Override
  public Optional<StaffRef> unitDirectorFor(String uid, LocalDate at) {
    return Optional.empty();
  }

  @Override
  public Optional<String> actingRoleOf(String uid, LocalDate at) {
    return Optional.empty();
  }

  @Override
  public Optional<StaffRef> officeDirector() {
    return Optional.empty();
  }
}
