package th.obec.esa.ict.forms.testdoubles;

import jakarta.enterprise.context.ApplicationScoped;
import th.obec.esa.ict.forms.port.OfficeInfo;
import th.obec.esa.ict.forms.port.OfficePort;

/** สพป.ชุมพร เขต 1, one letter register prefix for all units. */
@ApplicationScoped
public class TestOffice implements OfficePort {

  public static final OfficeInfo OFFICE = new OfficeInfo("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาชุมพร เขต 1",
      "สพป.ชุมพร เขต 1", "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาชุมพร เขต 1", "ICT", null);

  @Override
  public OfficeInfo office() {
    return OFFICE;
  }

  @Override
  public String letterPrefix(String unitCode) {
    return "ศธ 04086";
  }
}
