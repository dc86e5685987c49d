package th.obec.esa.ict.organization.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.organization.order.DutyLineKind;

class OrderFileParserTest {

  private static long count(ParsedOrder p, AnomalyCode code) {
    return p.anomalies().stream().filter(a -> a.code() == code).count();
  }

  private static ImportAnomaly first(ParsedOrder p, AnomalyCode code) {
    return p.anomalies().stream().filter(a -> a.code() == code).findFirst().orElseThrow(() -> new AssertionError(
        code + " not reported; got " + p.anomalies()));
  }

  @Test
  void theSampleFileReproducesTheExcerptOfOrder275() {
    ParsedOrder p = SampleFiles.parse(SampleFiles.sampleText());
    assertFalse(p.isFatal(), () -> p.anomalies().toString());
    assertEquals("275/2561", p.header().number());
    assertEquals(LocalDate.of(2018, 10, 16), p.header().orderDate());
    assertEquals(LocalDate.of(2018, 10, 16), p.header().effectiveFrom());
    assertEquals("สั่ง ณ วันที่ 16 เดือน ตุลาคม พ.ศ. 2561", p.header().signedDatePrinted);
    assertEquals(6, p.persons().size());
    assertEquals(81, p.lineCount());
    List<Integer> lines = p.persons().stream().map(x -> x.lines().size()).toList();
    assertEquals(List.of(3, 10, 17, 20, 14, 17), lines);
  }

  @Test
  void thePersonWhoseNameIsCutIsKeptAsAnUnknownWithAnInferredSequence() {
    ParsedOrder p = SampleFiles.parse(SampleFiles.sampleText());
    ParsedOrder.Person driver = p.persons().get(1);
    assertFalse(driver.nameKnown());
    assertEquals("กลุ่มอำนวยการ", driver.unitName());
    assertEquals(5, driver.sequence());
    assertTrue(driver.sequenceInferred());
    assertEquals(1, count(p, AnomalyCode.NAME_CUT));
    assertEquals(1, count(p, AnomalyCode.SEQUENCE_INFERRED));
    assertEquals(driver.firstRow(), first(p, AnomalyCode.NAME_CUT).row());
  }

  @Test
  void dutiesWhoseParentWasCutAreKeptAtTheirDepthWithoutParent() {
    ParsedOrder p = SampleFiles.parse(SampleFiles.sampleText());
    ParsedOrder.Person driver = p.persons().get(1);
    ParsedOrder.Line first = driver.lines().get(0);
    assertEquals("5.2.6", first.number());
    assertEquals(2, first.depth());
    assertEquals(-1, first.parent());
    assertTrue(first.parentMissing());
    assertEquals(7, count(p, AnomalyCode.PARENT_NOT_PRINTED));
  }

  @Test
  void theDriversStandInsAreListItemsUnderTheirDutyAndRankedClauses() {
    ParsedOrder.Person driver = SampleFiles.parse(SampleFiles.sampleText()).persons().get(1);
    ParsedOrder.Line clause = driver.lines().get(4);
    assertEquals("5.2.10", clause.number());
    assertEquals(List.of("จ๋านงค์", "สุนันท์", "วิทยา"), clause.standIns().stream().map(r -> r.name().given()).toList());
    assertEquals("พนักงานธุรการ", clause.standIns().get(0).name().positionTitle());
    ParsedOrder.Line item = driver.lines().get(5);
    assertEquals(DutyLineKind.ITEM, item.kind());
    assertEquals("1.", item.marker());
    assertEquals(4, item.parent());
    assertEquals(3, item.depth());
  }

  @Test
  void theTreeNestsNumberedDutiesAndBulletLines() {
    ParsedOrder p = SampleFiles.parse(SampleFiles.sampleText());
    ParsedOrder.Person khwansiri = p.persons().get(3);
    assertEquals("ขวัญศิริ", khwansiri.given);
    assertEquals("khwansiri", khwansiri.uid());
    List<ParsedOrder.Line> lines = khwansiri.lines();
    assertEquals(12, lines.stream().filter(l -> l.kind() == DutyLineKind.DUTY && l.depth() == 1).count());
    ParsedOrder.Line sub = lines.get(1);
    assertEquals("2.1.1", sub.number());
    assertEquals(0, sub.parent());
    ParsedOrder.Line bullet = lines.get(13);
    assertEquals("-", bullet.marker());
    assertEquals("2.7", lines.get(bullet.parent()).number());
    assertEquals(2, bullet.depth());
    ParsedOrder.Line actsFor = lines.get(18);
    assertEquals("2.11", actsFor.number());
    assertEquals("นันทน์ภัส", actsFor.actsFor().name().given());
  }

  @Test
  void mixedDigitsAndAMissingLetterInAPositionNumberAreReportedAndNormalised() {
    ParsedOrder p = SampleFiles.parse(SampleFiles.sampleText());
    ParsedOrder.Person wiparat = p.persons().get(0);
    assertEquals("๑6", wiparat.positionNumberRaw);
    assertEquals("16", wiparat.positionNumber());
    assertEquals("๑6", first(p, AnomalyCode.MIXED_DIGITS).value());
    assertEquals(1, count(p, AnomalyCode.POSITION_NUMBER_WITHOUT_PREFIX));
    assertEquals("อ 34", p.persons().get(3).positionNumber());
  }

  @Test
  void anXlsxWithTheSameCellsReadsTheSameAsTheCsv() throws Exception {
    List<FileRow> rows = OrderFileReader.read("x.csv", SampleFiles.sample());
    ParsedOrder fromXlsx = OrderFileParser.parse(OrderFileReader.read("order.xlsx", SampleFiles.asXlsx(rows)));
    ParsedOrder fromCsv = OrderFileParser.parse(rows);
    assertFalse(fromXlsx.isFatal(), () -> fromXlsx.anomalies().toString());
    assertEquals(fromCsv.anomalies(), fromXlsx.anomalies());
    assertEquals(fromCsv.lineCount(), fromXlsx.lineCount());
    assertEquals(fromCsv.persons().get(4).lines().get(13).text(), fromXlsx.persons().get(4).lines().get(13).text());
  }

  @Test
  void thaiDigitsInNumbersAndDatesAreNormalised() {
    ParsedOrder p = SampleFiles.parse(SampleFiles.minimal("๑๒/๒๕๖๒",
        "กลุ่มอำนวยการ,๑,นาย,สมหมาย,ใจดี,นิติกร,อ ๙,๑.๑,งานหนึ่ง,,\n"
            + "กลุ่มอำนวยการ,,,,,,,๑.๒,งานสอง,,\n"));
    assertFalse(p.isFatal(), () -> p.anomalies().toString());
    assertEquals("12/2562", p.header().number());
    assertEquals(LocalDate.of(2019, 10, 1), p.header().orderDate());
    assertEquals(List.of("1.1", "1.2"), p.persons().get(0).lines().stream().map(ParsedOrder.Line::number).toList());
    assertEquals("อ 9", p.persons().get(0).positionNumber());
    assertTrue(count(p, AnomalyCode.THAI_DIGITS) >= 4);
  }

  @Test
  void aBadDutyNumberIsFatalAndNamesItsRow() {
    ParsedOrder p = SampleFiles.parse(SampleFiles.minimal("12/2562",
        "กลุ่มอำนวยการ,1,นาย,สมหมาย,ใจดี,,,1.1,งานหนึ่ง,,\n"
            + "กลุ่มอำนวยการ,,,,,,,1.x,งานสอง,,\n"));
    assertTrue(p.isFatal());
    ImportAnomaly a = first(p, AnomalyCode.BAD_DUTY_NUMBER);
    assertEquals(7, a.row());
    assertEquals("1.x", a.value());
  }

  @Test
  void aDuplicateDutyNumberOfOnePersonIsFatal() {
    ParsedOrder p = SampleFiles.parse(SampleFiles.minimal("12/2562",
        "กลุ่มอำนวยการ,1,นาย,สมหมาย,ใจดี,,,1.1,งานหนึ่ง,,\n"
            + "กลุ่มอำนวยการ,,,,,,,1.1,งานสอง,,\n"));
    assertEquals(7, first(p, AnomalyCode.DUPLICATE_DUTY_NUMBER).row());
  }

  @Test
  void aListLineBeforeAnyDutyIsFatal() {
    ParsedOrder p = SampleFiles.parse(SampleFiles.minimal("12/2562", "กลุ่มอำนวยการ,1,นาย,สมหมาย,ใจดี,,,-,รายการ,,\n"));
    assertEquals(6, first(p, AnomalyCode.ITEM_WITHOUT_DUTY).row());
  }

  @Test
  void anEmptyDutyTextIsFatal() {
    ParsedOrder p = SampleFiles.parse(SampleFiles.minimal("12/2562", "กลุ่มอำนวยการ,1,นาย,สมหมาย,ใจดี,,,1.1,,,\n"));
    assertEquals(6, first(p, AnomalyCode.MISSING_DUTY_TEXT).row());
  }

  @Test
  void twoRowsOfOnePersonThatDisagreeAreFatal() {
    ParsedOrder p = SampleFiles.parse(SampleFiles.minimal("12/2562",
        "กลุ่มอำนวยการ,1,นาย,สมหมาย,ใจดี,นิติกร,อ 9,1.1,งานหนึ่ง,,\n"
            + "กลุ่มอำนวยการ,1,นาย,สมหมาย,ใจดี,นิติกร,อ 10,1.2,งานสอง,,\n"));
    assertEquals(7, first(p, AnomalyCode.CONFLICTING_PERSON).row());
  }

  @Test
  void oneNameListedTwiceIsFatal() {
    ParsedOrder p = SampleFiles.parse(SampleFiles.minimal("12/2562",
        "กลุ่มอำนวยการ,1,นาย,สมหมาย,ใจดี,,,1.1,งานหนึ่ง,,\n"
            + "กลุ่มนโยบายและแผน,1,นาย,สมหมาย,ใจดี,,,1.1,งานสอง,,\n"));
    assertEquals(7, first(p, AnomalyCode.DUPLICATE_PERSON).row());
  }

  @Test
  void missingOrderFieldsAndBadDatesAreFatal() {
    ParsedOrder p = SampleFiles.parse("เลขที่คำสั่ง,12-2562\nสั่ง ณ วันที่,31/02/2562\n\nกลุ่ม,ชื่อ,ข้อ,หน้าที่\n"
        + "กลุ่มอำนวยการ,นายสมหมาย ใจดี,1.1,งาน\n");
    assertEquals(1, first(p, AnomalyCode.BAD_ORDER_NUMBER).row());
    assertEquals(2, first(p, AnomalyCode.BAD_DATE).row());
    assertEquals("เรื่อง (subject)", first(p, AnomalyCode.MISSING_FIELD).value());
  }

  @Test
  void aFileWithoutColumnNamesIsFatal() {
    ParsedOrder p = SampleFiles.parse("เลขที่คำสั่ง,12/2562\nเรื่อง,x\nสั่ง ณ วันที่,1/10/2562\n");
    assertEquals(AnomalyCode.NO_COLUMN_HEADER, p.anomalies().get(p.anomalies().size() - 1).code());
    assertTrue(p.isFatal());
  }

  @Test
  void aFullNameColumnAndUnknownFieldsAreAccepted() {
    ParsedOrder p = SampleFiles.parse("number,7/2563\nsubject,duties\ndate,1/10/2563\ncolour,blue\n\n"
        + "unit,name,position number,duty,text,stand-ins,remark\n"
        + "กลุ่มนโยบายและแผน,นางสาวมาลี ดีใจ,อ 40,1.1,งาน,นายสมหมาย ใจดี; นายสมชาย โกฎวิเชียร,\n");
    assertFalse(p.isFatal(), () -> p.anomalies().toString());
    ParsedOrder.Person malee = p.persons().get(0);
    assertEquals("นางสาว", malee.prefix);
    assertEquals("มาลี", malee.given);
    assertEquals(1, malee.sequence());
    assertEquals(2, malee.lines().get(0).standIns().size());
    assertEquals(1, count(p, AnomalyCode.UNKNOWN_FIELD));
    assertEquals(1, count(p, AnomalyCode.UNKNOWN_COLUMN));
    assertEquals(1, count(p, AnomalyCode.EFFECTIVE_FROM_ORDER_DATE));
  }

  @Test
  void anUnreadableOrUnknownFileIsRefusedWhole() {
    OrderFileReader.UnreadableException e = assertThrows(OrderFileReader.UnreadableException.class,
        () -> OrderFileReader.read("order.pdf", new byte[] {1}));
    assertEquals(AnomalyCode.UNSUPPORTED_TYPE, e.code());
    assertEquals(AnomalyCode.NOT_UTF8, assertThrows(OrderFileReader.UnreadableException.class,
        () -> OrderFileReader.read("order.csv", new byte[] {(byte) 0xC3, (byte) 0x28})).code());
    assertEquals(AnomalyCode.UNREADABLE_FILE, assertThrows(OrderFileReader.UnreadableException.class,
        () -> OrderFileReader.read("order.xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8))).code());
  }

  @Test
  void aByteOrderMarkIsIgnoredAndRowsKeepTheirNumbers() throws Exception {
    byte[] withBom = ("\uFEFF" + "a,b\n\n\"multi\nline\",c\nd,e").getBytes(StandardCharsets.UTF_8);
    List<FileRow> rows = OrderFileReader.read("x.CSV", withBom);
    assertEquals("a", rows.get(0).cell(0));
    assertTrue(rows.get(1).isBlank());
    assertEquals(3, rows.get(2).number());
    assertEquals(5, rows.get(3).number());
  }

  @Test
  void aFileWithMoreRowsThanTheUploadLimitIsRefusedWholeAsCsvAndAsXlsx() throws Exception {
    StringBuilder csv = new StringBuilder();
    List<FileRow> rows = new java.util.ArrayList<>();
    for (int i = 1; i <= 41; i++) {
      csv.append(i).append(",หน้าที่ ").append(i).append('\n');
      rows.add(new FileRow(i, List.of(String.valueOf(i), "หน้าที่ " + i)));
    }
    byte[] content = csv.toString().getBytes(StandardCharsets.UTF_8);
    assertEquals(AnomalyCode.TOO_MANY_ROWS, assertThrows(OrderFileReader.UnreadableException.class,
        () -> OrderFileReader.readCsv(content, 40)).code());
    assertEquals(41, OrderFileReader.readCsv(content, 41).size());
    byte[] xlsx = SampleFiles.asXlsx(rows);
    OrderFileReader.UnreadableException e = assertThrows(OrderFileReader.UnreadableException.class,
        () -> OrderFileReader.readXlsx(xlsx, 40));
    assertEquals(AnomalyCode.TOO_MANY_ROWS, e.code());
    assertEquals("40", e.getMessage(), "the limit is the finding's detail");
    assertEquals(41, OrderFileReader.readXlsx(xlsx, 41).size());
    assertEquals(OrderFileReader.readCsv(content, 41), OrderFileReader.readXlsx(xlsx, 41));
  }
}
