package th.obec.esa.ict.records.testdoubles;

import jakarta.enterprise.context.ApplicationScoped;
import th.obec.esa.ict.records.port.OfficeName;

/** The office of the test data (the manual's appendix order comes from ชุมพร เขต 1). */
@ApplicationScoped
public class TestOfficeName implements OfficeName {

  @Override
  public String fullName() {
    return "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาชุมพร เขต 1";
  }

  @Override
  public String ictUnitName() {
    return "กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร";
  }
}
