package th.obec.esa.ict.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.platform.time.ThaiDates;

class MessagesWordsTest {

  @Test
  void anIdIsPrintedWithoutThousandsSeparators() {
    assertEquals("ไม่พบคำขอรหัส 99999999", Messages.text(ThaiDates.THAI, "forms.submission.notFound", 99999999L));
  }

  @Test
  void aRefusedTransitionNamesTheActionAndTheStateInWordsInThai() {
    String t = Messages.text(ThaiDates.THAI, "forms.transition.notAllowed", "APPROVE", "APPROVED");
    assertEquals("ไม่สามารถดำเนินการ อนุมัติ ได้ขณะคำขออยู่ในสถานะ อนุมัติแล้ว", t);
    assertFalse(t.matches(".*[A-Z_]{4,}.*"), t);
  }

  @Test
  void andInEnglish() {
    String t = Messages.text(Locale.ENGLISH, "forms.transition.notAllowed", "APPROVE", "APPROVED");
    assertTrue(t.contains("approve") && t.contains("Approved") && !t.contains("APPROVED"), t);
  }

  @Test
  void formattedArgumentsKeepTheirFormat() {
    // {1,choice,...} needs the number itself
    String t = Messages.text(Locale.ENGLISH, "assets.asset.status.unchanged", "A-1", 0);
    assertTrue(t.contains("in use"), t);
  }
}
