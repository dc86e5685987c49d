package th.obec.esa.ict.forms.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.forms.catalog.FormCode;
import th.obec.esa.ict.forms.numbering.ResetRule;
import th.obec.esa.ict.forms.register.RegisterRules.Checked;
import th.obec.esa.ict.forms.register.RegisterRules.RecordKey;
import th.obec.esa.ict.forms.workflow.State;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.platform.upload.UploadLimits;

class RegisterRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
  private static final String HEADER = "form,number,filed_on,requester,position,subject,outcome,decided_on,closed_on,"
      + "amount,parts_cost,note\n";
  private static final String GOOD = "F03,ศธ 04086/12,15/06/2569,นายสมชาย ใจดี,ครู,แจ้งซ่อมเครื่องพิมพ์,DONE,"
      + "16/06/2569,"
      + "20/06/2569,\"1,250.50\",800,เปลี่ยนลูกยาง\n";

  private static Checked check(String csv) {
    return RegisterRules.check(RegisterRules.read(csv.getBytes(StandardCharsets.UTF_8)), TODAY, ResetRule.FISCAL_YEAR);
  }

  private static RowError onlyError(String csv) {
    Checked c = check(csv);
    assertEquals(1, c.errors().size(), c.errors().toString());
    assertTrue(c.rows().isEmpty() || c.rows().size() == csv.split("\n").length - 2);
    return c.errors().get(0);
  }

  private static String refusal(String csv) {
    return assertThrows(BusinessException.class, () -> RegisterRules.read(csv.getBytes(StandardCharsets.UTF_8))).key();
  }

  @Test
  void aGoodRowBecomesAClosedRequestWithEveryValueRead() {
    Checked c = check(HEADER + GOOD);
    assertEquals(List.of(), c.errors());
    RegisterRow r = c.rows().get(0);
    assertEquals(2, r.line());
    assertEquals(FormCode.F03, r.form());
    assertEquals("ศธ 04086/12", r.number());
    assertEquals(LocalDate.of(2026, 6, 15), r.filedOn());
    assertEquals(LocalDate.of(2026, 6, 16), r.decidedOn());
    assertEquals(LocalDate.of(2026, 6, 20), r.closedOn());
    assertEquals(State.DONE, r.outcome());
    assertEquals(new BigDecimal("1250.50"), r.amount());
    assertEquals(new BigDecimal("800.00"), r.partsCost());
    assertEquals("ครู", r.position());
    assertNull(r.unit());
  }

  @Test
  void theHeaderMayComeInAnyOrderAndCaseWithThaiNamesAndAByteOrderMark() {
    String csv = "\uFEFFผล,เรื่อง,วันที่ปิด,ผู้ขอ,วันที่ยื่น,เลขที่,แบบ\n"
        + "ไม่อนุมัติ,ขอใช้หมึก,2026-01-05,นางสาวอรุณี แสงทอง,2026-01-02,ศธ ๐๔๐๘๖/๗,f02\n";
    Checked c = check(csv);
    assertEquals(List.of(), c.errors());
    RegisterRow r = c.rows().get(0);
    assertEquals(FormCode.F02, r.form());
    assertEquals("ศธ 04086/7", r.number(), "Thai digits stored as Arabic, like the system's own numbers");
    assertEquals(State.REJECTED, r.outcome());
    assertEquals(LocalDate.of(2026, 1, 2), r.filedOn());
    assertEquals(State.DONE, check("FORM,Number,Filed_On,REQUESTER,Subject,Outcome,Closed On\n"
        + "F05,1,1/1/2569,ก,ข,เสร็จสิ้น,2/1/2569\n").rows().get(0).outcome());
  }

  @Test
  void theThaiLabelsOfTheClosedStatesAndTheirNamesAreOutcomesOpenOnesAreNot() {
    assertEquals(Optional.of(State.DONE), RegisterRules.outcome("เสร็จสิ้น"));
    assertEquals(Optional.of(State.REJECTED), RegisterRules.outcome("ไม่อนุมัติ"));
    assertEquals(Optional.of(State.RETURNED), RegisterRules.outcome(" ส่งคืนผู้ขอ "));
    assertEquals(Optional.of(State.WITHDRAWN), RegisterRules.outcome("ยกเลิกโดยผู้ขอ"));
    assertEquals(Optional.of(State.WITHDRAWN), RegisterRules.outcome("withdrawn"));
    assertEquals(Optional.empty(), RegisterRules.outcome("APPROVED"), "history only: an open state is refused");
    assertEquals(Optional.empty(), RegisterRules.outcome("กำลังดำเนินการ"));
    RowError e = onlyError(HEADER + GOOD.replace(",DONE,", ",IN_PROGRESS,"));
    assertEquals(new RowError(2, "outcome", "forms.register.outcomeUnknown", List.of("IN_PROGRESS")), e);
  }

  @Test
  void datesAreBuddhistEraDayMonthYearOrIsoWithACommonEraYear() {
    assertEquals(Optional.of(LocalDate.of(2026, 6, 15)), RegisterRules.date("15/06/2569"));
    assertEquals(Optional.of(LocalDate.of(2026, 6, 15)), RegisterRules.date("๑๕/๐๖/๒๕๖๙"));
    assertEquals(Optional.of(LocalDate.of(2026, 6, 15)), RegisterRules.date("2026-06-15"));
    assertEquals(Optional.of(LocalDate.of(2025, 10, 1)), RegisterRules.date("1 ตุลาคม 2568"));
    assertEquals(Optional.empty(), RegisterRules.date("2569-06-15"), "a B.E. year in ISO form is a mistake");
    assertEquals(Optional.empty(), RegisterRules.date("15/06/2026"), "a C.E. year in the Thai form is a mistake");
    assertEquals(Optional.empty(), RegisterRules.date("31/04/2569"));
    assertEquals(Optional.empty(), RegisterRules.date("2026-02-30"));
    RowError e = onlyError(HEADER + GOOD.replace("15/06/2569", "15-มิ.ย.-69"));
    assertEquals("forms.register.dateInvalid", e.key());
    assertEquals("filed_on", e.column());
    assertEquals(List.of("15-มิ.ย.-69"), e.args());
  }

  @Test
  void moneyTakesThousandsCommasTwoDecimalsAndNothingBelowZero() {
    assertEquals(Optional.of(new BigDecimal("1250.50")), RegisterRules.money("1,250.50"));
    assertEquals(Optional.of(new BigDecimal("1250.00")), RegisterRules.money("1250"));
    assertEquals(Optional.of(new BigDecimal("0.00")), RegisterRules.money("0"));
    assertEquals(Optional.of(new BigDecimal("1234567.80")), RegisterRules.money("1,234,567.8"));
    assertEquals(Optional.of(new BigDecimal("350.00")), RegisterRules.money("๓๕๐"));
    assertEquals(Optional.empty(), RegisterRules.money("-5"));
    assertEquals(Optional.empty(), RegisterRules.money("12,50"));
    assertEquals(Optional.empty(), RegisterRules.money("1.255"));
    assertEquals(Optional.empty(), RegisterRules.money("หนึ่งพัน"));
    RowError e = onlyError(HEADER + GOOD.replace("\"1,250.50\"", "-100"));
    assertEquals(new RowError(2, "amount", "forms.register.moneyInvalid", List.of("-100")), e);
  }

  @Test
  void aPartsCostBelongsToRepairsOnly() {
    RowError e = onlyError(HEADER + GOOD.replace("F03,", "F05,"));
    assertEquals(new RowError(2, "parts_cost", "forms.register.partsOnlyRepair", List.of("F05")), e);
  }

  @Test
  void onlyTheRequestFormsAreImported() {
    assertEquals("forms.register.formUnknown", onlyError(HEADER + GOOD.replace("F03,", "F21,")).key());
    assertEquals(List.of("X9"), onlyError(HEADER + GOOD.replace("F03,", "X9,")).args());
  }

  @Test
  void requiredValuesAndLengthsAreCheckedAndEveryReasonOfARowIsReported() {
    String row = ",,15/06/2569,,ครู,,DONE,,20/06/2569,,,\n";
    Checked c = check(HEADER + row);
    assertEquals(List.of("form", "number", "requester", "subject"),
        c.errors().stream().map(RowError::column).toList());
    assertTrue(c.errors().stream().allMatch(e -> e.key().equals("forms.register.required") && e.line() == 2));
    String longSubject = "ก".repeat(501);
    RowError e = onlyError(HEADER + GOOD.replace("แจ้งซ่อมเครื่องพิมพ์", longSubject));
    assertEquals(new RowError(2, "subject", "forms.register.tooLong", List.of("500")), e);
    String longNote = "ข".repeat(RegisterRules.NOTE_MAX + 1);
    assertEquals("forms.register.tooLong", onlyError(HEADER + GOOD.replace("เปลี่ยนลูกยาง", longNote)).key());
    assertEquals(List.of(), check(HEADER + GOOD.replace("เปลี่ยนลูกยาง", "ข".repeat(RegisterRules.NOTE_MAX))).errors());
  }

  @Test
  void closingComesAfterFilingNotInTheFutureWithTheDecisionBetween() {
    RowError before = onlyError(HEADER + GOOD.replace("20/06/2569", "14/06/2569").replace("16/06/2569", ""));
    assertEquals(new RowError(2, "closed_on", "forms.register.closedBeforeFiled", List.of("14/06/2569", "15/06/2569")),
        before);
    assertEquals(List.of(), check(HEADER + GOOD.replace("20/06/2569", "15/06/2569").replace("16/06/2569", ""))
        .errors(), "closed the day it was filed");
    RowError future = onlyError(HEADER + GOOD.replace("20/06/2569", "27/11/2569"));
    assertEquals(new RowError(2, "closed_on", "forms.register.future", List.of("27/11/2569")), future);
    assertEquals(List.of(), check(HEADER + GOOD.replace("20/06/2569", "26/11/2569")).errors(), "today is fine");
    assertEquals("forms.register.decidedOutOfRange",
        onlyError(HEADER + GOOD.replace("16/06/2569", "21/06/2569")).key());
    assertEquals("forms.register.decidedOutOfRange",
        onlyError(HEADER + GOOD.replace("16/06/2569", "14/06/2569")).key());
  }

  @Test
  void theSameFormAndNumberTwiceInOnePeriodIsADuplicateButNotAcrossFiscalYears() {
    String second = GOOD.replace("เปลี่ยนลูกยาง", "ซ้ำ");
    Checked c = check(HEADER + GOOD + second);
    assertEquals(1, c.rows().size());
    assertEquals(new RowError(3, "number", "forms.register.duplicateInFile", List.of("F03", "ศธ 04086/12", "2")),
        c.errors().get(0));
    assertEquals(List.of(), check(HEADER + GOOD + GOOD.replace("F03,", "F02,").replace(",800,", ",,")).errors(),
        "another form's register entry");
    String lastDay = GOOD.replace("15/06/2569", "30/09/2569").replace("16/06/2569", "")
        .replace("20/06/2569", "30/09/2569");
    String firstDay = lastDay.replace("30/09/2569", "01/10/2569");
    assertEquals(List.of(), check(HEADER + lastDay + firstDay).errors(),
        "30/09/2569 and 01/10/2569 are two fiscal years: the book started again at 1");
    byte[] both = (HEADER + lastDay + firstDay).getBytes(StandardCharsets.UTF_8);
    assertEquals(1, RegisterRules.check(RegisterRules.read(both), TODAY, ResetRule.NEVER).errors().size(),
        "a book that never restarts has each number once");
  }

  @Test
  void aRequestAlreadyRecordedInThePeriodIsReported() {
    Checked c = check(HEADER + GOOD + GOOD.replace("/12,", "/13,"));
    Set<RecordKey> existing = Set.of(new RecordKey(FormCode.F03, "ศธ 04086/13", 2569),
        new RecordKey(FormCode.F03, "ศธ 04086/12", 2570));
    List<RowError> errors = RegisterRules.alreadyRecorded(c.rows(), existing, ResetRule.FISCAL_YEAR);
    assertEquals(List.of(new RowError(3, "number", "forms.register.alreadyRecorded", List.of("F03", "ศธ 04086/13"))),
        errors);
  }

  @Test
  void theLinesAreTheSpreadsheetsAndBlankRowsCountAsLinesButNotAsRequests() {
    Checked c = check(HEADER + GOOD + ",,,,,,,,,,,\n" + GOOD.replace("/12,", "/13,").replace("DONE", "เสร็จ"));
    assertEquals(1, c.rows().size());
    assertEquals(4, c.errors().get(0).line());
    String quoted = HEADER + GOOD.replace("แจ้งซ่อมเครื่องพิมพ์", "\"แจ้งซ่อม, เครื่องพิมพ์\"");
    assertEquals("แจ้งซ่อม, เครื่องพิมพ์", check(quoted).rows().get(0).subject());
  }

  @Test
  void filesThatCannotBeReadAreRefusedAsAWhole() {
    assertEquals("forms.register.empty", refusal(""));
    assertEquals("forms.register.empty", refusal("\uFEFF\n\n"));
    assertEquals("forms.register.noRows", refusal(HEADER));
    assertEquals("forms.register.columnMissing", refusal("form,number\nF03,1\n"));
    BusinessException missing = assertThrows(BusinessException.class,
        () -> RegisterRules.read("form,number,filed_on,requester,subject,outcome\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals(List.of("closed_on"), List.of(missing.args()));
    assertEquals("file", missing.field());
    assertEquals("forms.register.columnUnknown", refusal(HEADER.replace("note", "remarks") + GOOD));
    assertEquals("forms.register.columnTwice", refusal(HEADER.replace("note", "เรื่อง") + GOOD));
    byte[] tis620 = {(byte) 0xA1, ',', 'b', '\n'};
    assertEquals("forms.register.notUtf8",
        assertThrows(BusinessException.class, () -> RegisterRules.read(tis620)).key());
    StringBuilder big = new StringBuilder(HEADER);
    for (int i = 0; i <= RegisterRules.MAX_ROWS; i++) {
      big.append(GOOD.replace("/12,", "/" + i + ","));
    }
    assertEquals("forms.register.tooManyRows", refusal(big.toString()));
    // past the upload row limit (ict.upload.max-rows, default 20,000 with the header) the file is read no further
    for (int i = RegisterRules.MAX_ROWS + 1; i < UploadLimits.DEFAULT_MAX_ROWS; i++) {
      big.append(GOOD.replace("/12,", "/" + i + ","));
    }
    assertEquals("forms.register.overRowLimit", refusal(big.toString()));
  }

  @Test
  void errorsAreSortedByLineThenColumn() {
    List<RowError> sorted = RegisterRules.sorted(List.of(new RowError(3, "number", "k.a", List.of()),
        new RowError(2, "closed_on", "k.b", List.of()), new RowError(2, "form", "k.c", List.of())));
    assertEquals(List.of("k.c", "k.b", "k.a"), sorted.stream().map(RowError::key).toList());
  }

  @Test
  void theSampleRegisterOfDocsIsAcceptedWholeAndLiesInFiscalYear2569() throws java.io.IOException {
    java.nio.file.Path sample = java.nio.file.Path.of(System.getProperty("ict.project.root", "../.."), "docs",
        "samples", "register-2569.csv");
    Checked c = RegisterRules.check(RegisterRules.read(java.nio.file.Files.readAllBytes(sample)), TODAY,
        ResetRule.FISCAL_YEAR);
    assertEquals(List.of(), c.errors());
    assertTrue(c.rows().size() >= 40, "about forty rows: " + c.rows().size());
    th.obec.esa.ict.platform.time.FiscalYear fy = new th.obec.esa.ict.platform.time.FiscalYear(2569);
    assertTrue(c.rows().stream().allMatch(r -> fy.contains(r.filedOn())));
    assertTrue(c.rows().stream().anyMatch(r -> r.filedOn().equals(fy.firstDay())));
    assertTrue(c.rows().stream().anyMatch(r -> r.filedOn().equals(fy.lastDay())));
    assertTrue(c.rows().stream().filter(r -> r.partsCost() != null).allMatch(r -> r.form() == FormCode.F03));
    assertEquals(4, c.rows().stream().map(RegisterRow::outcome).distinct().count(), "every closed outcome");
  }
}
