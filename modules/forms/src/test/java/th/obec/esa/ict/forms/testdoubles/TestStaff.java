package th.obec.esa.ict.forms.testdoubles;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import th.obec.esa.ict.forms.port.PersonSummary;
import th.obec.esa.ict.forms.port.StaffPort;

/** The people of order 275/2561 the tests use. */
@ApplicationScoped
public class TestStaff implements StaffPort {

  public static final String ICT_DIRECTOR = "ผู้อำนวยการกลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร";

  private static final Map<String, PersonSummary> PEOPLE = Map.of(
      "nanphat", new PersonSummary("nanphat", "นางนันทน์ภัส เกียรติมาพรศักดิ์", "นักวิเคราะห์นโยบายและแผนชำนาญการ",
          ICT_DIRECTOR, "ICT", "กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร"),
      "khwansiri", new PersonSummary("khwansiri", "นางขวัญศิริ กองช่าง", "นักวิเคราะห์นโยบายและแผนชำนาญการ", null, "ICT",
          "กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร"),
      "somchai", new PersonSummary("somchai", "นายสมชาย โกฎวิเชียร", "นักวิชาการเงินและบัญชีชำนาญการพิเศษ",
          "ผู้อำนวยการกลุ่มบริหารงานการเงินและสินทรัพย์", "FIN", "กลุ่มบริหารงานการเงินและสินทรัพย์"),
      "wiparat", new PersonSummary("wiparat", "นางวิภารัตน์ กวาวหนึ่ง", "นักประชาสัมพันธ์ชำนาญการพิเศษ",
          "ผู้อำนวยการกลุ่มอำนวยการ", "ADM", "กลุ่มอำนวยการ"),
      "silpachai", new PersonSummary("silpachai", "นายศิลปชัย เผือกขำ", "นิติกรชำนาญการ", null, "FIN",
          "กลุ่มบริหารงานการเงินและสินทรัพย์"));

  @Override
  public Optional<PersonSummary> person(String uid) {
    if (uid != null && uid.startsWith("t-")) {
      return Optional.of(new PersonSummary(uid, "นายทดสอบ " + uid, "เจ้าหน้าที่ทดสอบ", null, uid.toUpperCase(),
          "หน่วยทดสอบ " + uid));
    }
    return Optional.ofNullable(PEOPLE.get(uid));
  }

  @Override
  public Optional<String> unitDirectorUid(String unitCode, LocalDate at) {
    return PEOPLE.values().stream().filter(p -> p.unitCode().equals(unitCode) && p.roleTitle() != null)
        .map(PersonSummary::uid).findFirst();
  }
}
