package th.obec.esa.ict.forms.document;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.forms.submission.SubmissionView;
import th.obec.esa.ict.forms.submission.WorkLogView;

/**
 * Issue 17, the F03 memo with its work log: two entries by นางขวัญศิริ (the second at 00:30 Bangkok
 * time, 17:30 UTC the day before), a fan replaced for 450 baht and thermal paste for 120: the
 * printed log names her (not her uid), the Bangkok days, the parts and their total.
 * Kept: target/worklog-golden.pdf and its 60-dpi render.
 */
class WorkLogGoldenTest {

  @Test
  void theRepairMemoPrintsItsWorkLogWithThePartsAndTheirTotal() throws Exception {
    SubmissionView s = MemoRendererTest.approvedRepair();
    List<WorkLogView> log = List.of(
        new WorkLogView("khwansiri", OffsetDateTime.of(2025, 11, 5, 9, 0, 0, 0, ZoneOffset.ofHours(7)),
            "ถอดฝาเครื่อง พบพัดลมระบายความร้อนเสีย", "พัดลมระบายความร้อน", new BigDecimal("450.00")),
        new WorkLogView("khwansiri", OffsetDateTime.of(2025, 11, 5, 17, 30, 0, 0, ZoneOffset.UTC),
            "ทาซิลิโคนใหม่และทดสอบเปิดเครื่อง ๒ ชั่วโมง ใช้งานได้ปกติ", "ซิลิโคนระบายความร้อน", new BigDecimal("120.00")));
    SubmissionView worked = new SubmissionView(s.id(), s.form(), s.formName(), s.state(), s.numberText(), s.unitCode(),
        s.requesterUid(), s.requesterName(), s.requesterPosition(), null, null, s.createdBy(), s.subject(),
        s.addressedTo(), s.body(), s.amount(), "khwansiri", null, s.createdAt(), s.submittedOn(), s.version(), s.next(),
        s.steps(), List.of(), log, s.repair(), List.of(), List.of(), List.of(), null);
    Map<String, String> names = Map.of("khwansiri", "นางขวัญศิริ กองช่าง");
    Memo memo = MemoComposer.compose(worked, MemoRendererTest.OFFICE, MemoRendererTest.somchai(),
        uid -> names.getOrDefault(uid, uid));
    Path dir = Path.of(System.getProperty("ict.pdf.sample.dir", "target"));
    Files.createDirectories(dir);
    Path file = dir.resolve("worklog-golden.pdf");
    Files.write(file, new MemoRenderer(MemoRenderer.DEFAULT_FONT, MemoRenderer.DEFAULT_BOLD_FONT).render(memo, true));
    String cells = LoanMemoGoldenTest.raw(file).replaceAll("\\s+", "");
    Files.writeString(dir.resolve("worklog-golden.txt"), cells);

    assertTrue(cells.contains("บันทึกการปฏิบัติงานซ่อม"), cells);
    assertTrue(cells.contains("๕พ.ย.๒๕๖๘นางขวัญศิริกองช่างถอดฝาเครื่องพบพัดลมระบายความร้อนเสียพัดลมระบายความร้อน๔๕๐.๐๐"),
        "the first entry, row by row:\n" + cells);
    assertTrue(cells.contains("๖พ.ย.๒๕๖๘นางขวัญศิริกองช่าง"), "00:30 in Bangkok is the 6th, not the UTC 5th:\n" + cells);
    assertTrue(cells.contains("รวมค่าอะไหล่๕๗๐.๐๐"), "the parts' total:\n" + cells);
    assertFalse(cells.contains("khwansiri"), "names, not uids:\n" + cells);
    LoanMemoGoldenTest.render(file, dir.resolve("worklog-golden"), 60);
  }
}
