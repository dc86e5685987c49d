package th.obec.esa.ict.web.records;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.records.collection.SubmitterInput;
import th.obec.esa.ict.records.collection.SubmitterKind;

class TextLinesTest {

  @Test
  void teamKeepsOneNameALineAndSkipsBlankLines() {
    assertEquals(List.of("นางขวัญศิริ กองช่าง", "นายสมชาย ใจดี"),
        TextLines.lines("  นางขวัญศิริ กองช่าง \r\n\n   \nนายสมชาย ใจดี\n"));
    assertEquals(List.of(), TextLines.lines(null));
  }

  @Test
  void joinIsTheInverseOfLines() {
    List<String> team = List.of("ก ข", "ค ง");
    assertEquals(team, TextLines.lines(TextLines.join(team)));
    assertEquals("", TextLines.join(null));
  }

  @Test
  void submitterCodeEndsAtTheFirstCommaTabOrSpace() {
    List<SubmitterInput> s = TextLines.submitters(
        "1057010001 โรงเรียนบ้านหนองบัว\n1057010002,โรงเรียนบ้านโคก\n1057010003\tโรงเรียนวัดกลาง  \n", SubmitterKind.SCHOOL);
    assertEquals(List.of(
        SubmitterInput.school("1057010001", "โรงเรียนบ้านหนองบัว"),
        SubmitterInput.school("1057010002", "โรงเรียนบ้านโคก"),
        SubmitterInput.school("1057010003", "โรงเรียนวัดกลาง")), s);
  }

  @Test
  void aLineWithOnlyACodeKeepsAnEmptyNameForTheServiceToRefuse() {
    assertEquals(List.of(SubmitterInput.unit("ICT", "")), TextLines.submitters("ICT", SubmitterKind.UNIT));
  }

  @Test
  void unitNamesKeepTheirInnerSpaces() {
    assertEquals(List.of(SubmitterInput.unit("PLAN", "กลุ่มนโยบายและแผน สำนักงาน")),
        TextLines.submitters("PLAN   กลุ่มนโยบายและแผน สำนักงาน", SubmitterKind.UNIT));
  }
}
