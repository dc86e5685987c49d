package th.obec.esa.ict.platform.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.platform.signature.SignatureBlock.Kind;

/** Each basis's printed block, as the law words it (issue 15). */
class SignatureBlockTest {

  private static final String DIRECTOR = "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาชุมพร เขต 1";
  private static final String ICT_ROLE = "ปฏิบัติหน้าที่ ผู้อำนวยการกลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร";
  private static final String ANALYST = "นักวิเคราะห์นโยบายและแผนชำนาญการ";

  @Test
  void aPersonTheOrderAppointsToActAsDirectorSignsHerOwnPositionAndTheOrdersLine() {
    assertEquals(List.of("(นางนันทน์ภัส เกียรติมาพรศักดิ์)", ANALYST, ICT_ROLE),
        SignatureBlock.of("นางนันทน์ภัส เกียรติมาพรศักดิ์", ANALYST, ICT_ROLE, Kind.OWN, null, null).lines());
  }

  @Test
  void aStandInOfAUnitDirectorSignsปฏิบัติหน้าที่แทน() {
    assertEquals(List.of("(นางขวัญศิริ กองช่าง)", ANALYST,
        "ปฏิบัติหน้าที่แทน ผู้อำนวยการกลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร",
        "ตามคำสั่งที่ 275/2561 ข้อ 1.10"), SignatureBlock.of("นางขวัญศิริ กองช่าง", ANALYST, null, Kind.STAND_IN,
            "ผู้อำนวยการกลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร", "คำสั่งที่ 275/2561 ข้อ 1.10").lines());
  }

  @Test
  void aStandInOfTheAreaDirectorSignsรักษาราชการแทน() {
    SignatureBlock b = SignatureBlock.of("นายทดสอบ รองผอ", "รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา", null,
        Kind.ACTING_HEAD, DIRECTOR, "คำสั่งที่ 1/2568 ข้อ 1");
    assertEquals("รักษาราชการแทน " + DIRECTOR, b.actingLine());
    assertEquals("ตามคำสั่งที่ 1/2568 ข้อ 1", b.basisLine());
  }

  @Test
  void aDelegateSignsปฏิบัติราชการแทนWithTheDelegation() {
    SignatureBlock b = SignatureBlock.of("นางนันทน์ภัส เกียรติมาพรศักดิ์", ANALYST, ICT_ROLE, Kind.DELEGATION, DIRECTOR,
        "การมอบอำนาจเลขที่ 12 (คำสั่งที่ 312/2568)");
    assertEquals(List.of("(นางนันทน์ภัส เกียรติมาพรศักดิ์)", ANALYST, "ปฏิบัติราชการแทน " + DIRECTOR,
        "ตามการมอบอำนาจเลขที่ 12 (คำสั่งที่ 312/2568)"), b.lines());
  }

  @Test
  void theSuperiorOnEscalationSignsInHerOwnNameSayingWhose() {
    SignatureBlock b = SignatureBlock.of("นางสาวพนอ ทิพย์พิมลรัตน์", DIRECTOR, null, Kind.ESCALATION, null,
        "ในฐานะผู้บังคับบัญชาของ นางนันทน์ภัส เกียรติมาพรศักดิ์");
    assertEquals(List.of("(นางสาวพนอ ทิพย์พิมลรัตน์)", DIRECTOR, "ในฐานะผู้บังคับบัญชาของ นางนันทน์ภัส เกียรติมาพรศักดิ์"),
        b.lines());
  }
}
