package th.obec.esa.ict.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.forms.catalog.FormCode;
import th.obec.esa.ict.forms.register.RegisterImportResult;
import th.obec.esa.ict.forms.register.RegisterImportService;
import th.obec.esa.ict.forms.register.RegisterRejectedException;
import th.obec.esa.ict.forms.register.RowError;
import th.obec.esa.ict.forms.submission.SubmissionService;
import th.obec.esa.ict.forms.submission.SubmissionView;
import th.obec.esa.ict.forms.summary.FiguresService;
import th.obec.esa.ict.forms.summary.SubmissionCase;
import th.obec.esa.ict.forms.summary.YearFigures;
import th.obec.esa.ict.forms.testdoubles.TestOffice;
import th.obec.esa.ict.forms.workflow.State;
import th.obec.esa.ict.platform.security.AccessDeniedException;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.platform.security.Roles;
import th.obec.esa.ict.platform.time.FiscalYear;
import th.obec.esa.ict.platform.time.ThaiDates;

/**
 * Importing last year's paper register on Payara Micro against the tests' PostgreSQL: the sample
 * file of docs/samples counts in the F21 figures of fiscal year 2569 exactly as the file says
 * (the expected counts are worked out here from the same file, independently of the import's
 * rules), a second import takes nothing, one bad row saves nothing, and staff cannot import.
 * Run by {@link FormsIT}.
 */
interface RegisterChecks extends FormsServices {

  String SAMPLE = "register-2569.csv";
  FiscalYear FY = new FiscalYear(2569);
  AtomicInteger SEQ = new AtomicInteger();



  Actor officer = Actor.self("wiparat", Roles.STAFF, Roles.ICT_OFFICER);
  Actor staff = Actor.self("somchai", Roles.STAFF);

  @Test
  default void theSampleRegisterCountsInTheYearsFiguresOnceAndASecondImportTakesNothing() throws IOException {
    byte[] csv = sample();
    List<CSVRecord> rows = records(csv);
    YearFigures before = year();

    RegisterImportResult result = register().importCsv(csv, officer);
    assertEquals(rows.size(), result.imported());
    Map<FormCode, int[]> expected = expected(rows);
    expected.forEach((form, c) -> assertEquals(c[0], result.perForm().get(form), form.name()));
    assertEquals(rows.stream().map(r -> filed(r)).min(LocalDate::compareTo).orElseThrow(), result.firstFiled());
    assertEquals(rows.stream().map(r -> filed(r)).max(LocalDate::compareTo).orElseThrow(), result.lastFiled());

    YearFigures after = year();
    for (Map.Entry<FormCode, int[]> e : expected.entrySet()) {
      int[] was = counts(before, e.getKey());
      int[] now = counts(after, e.getKey());
      int[] delta = new int[6];
      for (int i = 0; i < 6; i++) {
        delta[i] = now[i] - was[i];
      }
      assertEquals(Arrays.toString(e.getValue()), Arrays.toString(delta), e.getKey().name()
          + ": received, approved, rejected, returned, completed, in progress");
    }
    assertEquals(expected.get(FormCode.F03)[0], after.repairs().received() - before.repairs().received());
    assertEquals(expected.get(FormCode.F03)[4], after.repairs().completed() - before.repairs().completed());
    assertEquals(0, partsCost(rows).compareTo(after.repairs().partsCost().subtract(before.repairs().partsCost())),
        "every F03 parts cost of the file, as one work-log line each");
    assertEquals(expected.get(FormCode.F08)[0],
        after.accounts().accountRequests() - before.accounts().accountRequests());
    assertEquals(expected.get(FormCode.F14)[0], after.accounts().accessRequests() - before.accounts().accessRequests());
    // paper requests done: an F04 was lent and returned, an F08 issued, an F14 granted
    assertEquals(expected.get(FormCode.F04)[4], after.loans().loans() - before.loans().loans());
    assertEquals(expected.get(FormCode.F04)[4], after.loans().returned() - before.loans().returned());
    assertEquals(expected.get(FormCode.F08)[4], after.accounts().accountsIssued() - before.accounts().accountsIssued());
    assertEquals(expected.get(FormCode.F14)[4], after.accounts().accessGranted() - before.accounts().accessGranted());

    CSVRecord repair = rows.stream().filter(r -> r.get("form").equals("F03") && !r.get("parts_cost").isBlank())
        .findFirst().orElseThrow();
    // a letter number repeats every fiscal year ("ศธ 04086/1" is also this year's first live request)
    // a register names no process: an imported repair is filed under the F03's default, process 6
    SubmissionCase listed = figures().cases(6, Set.of(FormCode.F03), 1000).stream()
        .filter(c -> c.number().equals(repair.get("number")))
        .filter(c -> !c.submittedOn().isBefore(FY.firstDay()) && !c.submittedOn().isAfter(FY.lastDay()))
        .findFirst().orElseThrow();
    assertEquals(filed(repair), listed.submittedOn());
    SubmissionView v = forms().get(listed.id(), officer);
    assertNull(v.requesterUid());
    assertEquals(repair.get("requester"), v.requesterName());
    assertEquals(repair.get("unit"), v.contactSchool());
    assertEquals("wiparat", v.createdBy());
    assertEquals(TestOffice.OFFICE.ictUnitCode(), v.unitCode());
    assertEquals(TestOffice.OFFICE.directorTitle(), v.addressedTo());
    assertEquals(repair.get("note") + " (นำเข้าจากทะเบียนเดิม)", v.outcome());
    assertEquals(filed(repair).atTime(9, 0).atOffset(ZoneOffset.ofHours(7)).toInstant(), v.createdAt().toInstant());
    assertEquals(1, v.workLog().size());
    assertEquals(0, money(repair.get("parts_cost")).compareTo(v.workLog().get(0).partsCost()));

    RegisterRejectedException again = assertThrows(RegisterRejectedException.class,
        () -> register().importCsv(csv, officer));
    assertEquals(rows.size(), again.errors().size());
    assertTrue(again.errors().stream().allMatch(e -> e.key().equals("forms.register.alreadyRecorded")),
        again.errors().toString());
    assertEquals(IntStream.range(0, rows.size()).mapToObj(i -> i + 2).toList(),
        again.errors().stream().map(RowError::line).toList(), "every row, by its spreadsheet line");
    YearFigures unchanged = year();
    for (FormCode form : expected.keySet()) {
      assertEquals(Arrays.toString(counts(after, form)), Arrays.toString(counts(unchanged, form)));
    }
  }

  @Test
  default void oneBadRowSavesNothingAndTheFiscalYearEndsOnTheThirtiethOfSeptember() {
    String tag = "ทดสอบ " + System.nanoTime() % 1_000_000 + SEQ.incrementAndGet();
    String header = "แบบ,เลขที่,วันที่ยื่น,ผู้ขอ,เรื่อง,ผล,วันที่ปิด\n";
    String lastDay = "F05," + tag + "/1,30/09/2569,นางสาวชุติมา รุ่งเรือง,ขอให้ตั้งค่าเครื่องพิมพ์,เสร็จสิ้น,"
        + "01/10/2569\n";
    String firstDay = "F05," + tag + "/1,01/10/2569,นายภานุวัฒน์ เกตุแก้ว,ขอให้ติดตั้งโปรแกรม,ไม่อนุมัติ,02/10/2569\n";
    String bad = "F05," + tag + "/2,05/09/2569,นายสมชาย ใจดี,ขอให้ย้ายเครื่อง,เสร็จสิ้น,04/09/2569\n";
    YearFigures before = year();

    RegisterRejectedException e = assertThrows(RegisterRejectedException.class,
        () -> register().importCsv((header + lastDay + bad + firstDay).getBytes(StandardCharsets.UTF_8), officer));
    assertEquals(List.of(new RowError(3, "closed_on", "forms.register.closedBeforeFiled",
        List.of("04/09/2569", "05/09/2569"))), e.errors());
    assertEquals("forms.register.rejected", e.key());

    RegisterImportResult ok = register().importCsv((header + lastDay + firstDay).getBytes(StandardCharsets.UTF_8),
        officer);
    assertEquals(2, ok.imported(), "the good rows were not saved by the refused import");
    assertEquals(Map.of(FormCode.F05, 2), ok.perForm());
    int[] delta = counts(year(), FormCode.F05);
    int[] was = counts(before, FormCode.F05);
    assertEquals(1, delta[0] - was[0], "30/09/2569 counts in fiscal year 2569, 01/10/2569 in 2570");
    assertEquals(1, delta[4] - was[4]);
    assertEquals(0, delta[2] - was[2]);
  }

  @Test
  default void staffWhoAreNotIctOfficersCannotImport() throws IOException {
    byte[] csv = sample();
    assertThrows(AccessDeniedException.class, () -> register().importCsv(csv, staff));
  }

  private YearFigures year() {
    return figures().figures(FY.firstDay(), FY.lastDay());
  }

  private static int[] counts(YearFigures y, FormCode form) {
    return y.requests().stream().filter(l -> l.form() == form).findFirst()
        .map(l -> new int[] {l.received(), l.approved(), l.rejected(), l.returned(), l.completed(), l.inProgress()})
        .orElse(new int[6]);
  }

  /** Per form, from the file alone: received, approved, rejected, returned, completed, in progress. */
  private static Map<FormCode, int[]> expected(List<CSVRecord> rows) {
    Map<FormCode, int[]> out = new EnumMap<>(FormCode.class);
    for (CSVRecord r : rows) {
      if (!FY.contains(filed(r))) {
        continue;
      }
      int[] c = out.computeIfAbsent(FormCode.valueOf(r.get("form")), k -> new int[6]);
      c[0]++;
      switch (outcome(r.get("outcome"))) {
        case DONE -> {
          c[1]++;
          c[4]++;
        }
        case REJECTED -> c[2]++;
        case RETURNED, WITHDRAWN -> c[3]++;
        default -> throw new IllegalStateException(r.toString());
      }
    }
    return out;
  }

  private static BigDecimal partsCost(List<CSVRecord> rows) {
    return rows.stream().filter(r -> FY.contains(filed(r)) && !r.get("parts_cost").isBlank())
        .map(r -> money(r.get("parts_cost"))).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static State outcome(String text) {
    for (State s : State.values()) {
      if (s.thai().equals(text.strip()) || s.name().equals(text.strip())) {
        return s;
      }
    }
    throw new IllegalArgumentException(text);
  }

  private static LocalDate filed(CSVRecord r) {
    String d = r.get("filed_on").strip();
    return d.contains("-") ? LocalDate.parse(d) : ThaiDates.parse(d);
  }

  private static BigDecimal money(String text) {
    return new BigDecimal(text.replace(",", "").strip());
  }

  private static byte[] sample() throws IOException {
    try (InputStream in = RegisterChecks.class.getClassLoader().getResourceAsStream(SAMPLE)) {
      return in.readAllBytes();
    }
  }

  private static List<CSVRecord> records(byte[] csv) throws IOException {
    String text = new String(csv, StandardCharsets.UTF_8).replace("\uFEFF", "");
    return new ArrayList<>(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
        .parse(new StringReader(text)).getRecords());
  }
}
