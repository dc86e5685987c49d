package th.obec.esa.ict.evaluation.testdoubles;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import java.util.List;
import java.util.Optional;
import th.obec.esa.ict.organization.api.OfficeRef;
import th.obec.esa.ict.organization.api.UnitRef;
import th.obec.esa.ict.organization.api.Units;

/**
 * Organization's {@link Units} for the evaluations' tests (the F12's heading): the office of the test data (the manual's
 * appendix order comes from ชุมพร เขต 1) and its ICT group.
 */
@Stateless
@Local(Units.class)
public class TestUnits implements Units {

  static final OfficeRef OFFICE = new OfficeRef("OBEC-CPN1", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาชุมพร เขต 1",
      "สพป.ชุมพร เขต 1", null, null, null);
  static final UnitRef ICT = new UnitRef(3, Units.ICT_UNIT_CODE,
      "กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร", "Distance Education and ICT Promotion", null);

  @Override
  public OfficeRef officeRef() {
    return OFFICE;
  }

  @Override
  public List<UnitRef> allUnits() {
    return List.of(ICT);
  }

  @Override
  public Optional<UnitRef> unitByCode(String code) {
    return ICT.code().equals(code) ? Optional.of(ICT) : Optional.empty();
  }

  @Override
  public Optional<UnitRef> unitById(long id) {
    return ICT.id() == id ? Optional.of(ICT) : Optional.empty();
  }
}
