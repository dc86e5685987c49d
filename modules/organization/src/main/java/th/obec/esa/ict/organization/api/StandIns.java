package th.obec.esa.ict.organization.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Who may act for whom by order, on a day. Answers come from the order in force on that day, so a
 * superseded order still answers for the days it governed. Implemented by the organisation
 * module as a local EJB: inject with {@code @EJB StandIns standIns;}.
 */
public interface StandIns {

  /** The stand-ins of a person, in rank order (empty when the order names none). */
  List<StandInRef> standInsOf(long staffId, LocalDate at);

  /** The same, by directory uid; empty for an unknown uid. */
  List<StandInRef> standInsOf(String uid, LocalDate at);

  /** The people this person stands in for, each with the basis to cite. */
  List<StandInRef> standingInFor(String uid, LocalDate at);

  /** The person acting as director of the unit by the order in force ("ปฏิบัติหน้าที่ ผู้อำนวยการกลุ่ม…"). */
  Optional<StaffRef> unitDirectorOf(long unitId, LocalDate at);

  /** The director of the unit the person belongs to by the order in force (may be the person themself). */
  Optional<StaffRef> unitDirectorFor(String uid, LocalDate at);

  /**
   * The acting role the order in force on that day gives the person, exactly as it prints it
   * ("ปฏิบัติหน้าที่ ผู้อำนวยการกลุ่มส่งเสริมการศึกษาทางไกล …"); empty when it gives none. Signatures print
   * it under the person's own position.
   */
  Optional<String> actingRoleOf(String uid, LocalDate at);

  /** The area director (ผอ.สพป.) of the office. */
  Optional<StaffRef> officeDirector();

  Optional<StaffRef> staffByUid(String uid);

  Optional<StaffRef> staffById(long staffId);
}
