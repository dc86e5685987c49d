package th.obec.esa.ict.forms.testdoubles;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import th.obec.esa.ict.forms.port.DocumentStyle;
import th.obec.esa.ict.forms.port.LetterRegister;
import th.obec.esa.ict.forms.port.OfficeInfo;
import th.obec.esa.ict.forms.port.OfficePort;

/**
 * สพป.ชุมพร เขต 1: the office's units (ICT, FIN, ADM) share its register "ศธ 04086"; a test unit
 * ("T-…", a test's own requester) numbers under a prefix of its own ("ศธ T-…"), so that a test can
 * count its numbers from 1, unless the test puts it in a register with {@link #register}.
 */
@ApplicationScoped
public class TestOffice implements OfficePort {

  public static final OfficeInfo OFFICE = new OfficeInfo("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาชุมพร เขต 1",
      "สพป.ชุมพร เขต 1", "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาชุมพร เขต 1", "ICT", null);

  public static final String PREFIX = "ศธ 04086";

  private final Map<String, String> prefixes = new ConcurrentHashMap<>();

  @Override
  public OfficeInfo office() {
    return OFFICE;
  }

  @Override
  public LetterRegister letterRegister(String unitCode) {
    String own = prefixes.get(unitCode);
    if (own != null) {
      return new LetterRegister(own, null);
    }
    return new LetterRegister(unitCode != null && unitCode.startsWith("T-") ? "ศธ " + unitCode : PREFIX, null);
  }

  @Override
  public DocumentStyle documentStyle() {
    return DocumentStyle.PLAIN;
  }

  /** Numbers a unit's letters under the prefix from now on. */
  public void register(String unitCode, String prefix) {
    prefixes.put(unitCode, prefix);
  }
}
