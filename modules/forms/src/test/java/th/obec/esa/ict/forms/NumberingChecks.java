package th.obec.esa.ict.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.forms.action.ActionKind;
import th.obec.esa.ict.forms.action.ActionRequest;
import th.obec.esa.ict.forms.catalog.FormCode;
import th.obec.esa.ict.forms.api.NewSubmission;
import th.obec.esa.ict.forms.submission.SubmissionView;
import th.obec.esa.ict.forms.workflow.State;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.platform.security.Roles;

/**
 * The office's letter register on PostgreSQL (issue 17): units printing the same prefix draw from
 * one counter, numbers drawn at the same moment differ, a register continues above the numbers
 * already printed, and the database refuses a second document with the same printed number. Run by
 * {@link FormsIT}.
 */
interface NumberingChecks extends FormsServices {

  AtomicInteger NUMBERING_SEQ = new AtomicInteger();

  private static String unique(String prefix) {
    return prefix + System.nanoTime() % 1_000_000 + NUMBERING_SEQ.incrementAndGet();
  }

  private long draft(Actor requester, String subject) {
    return forms().createDraft(NewSubmission.of(FormCode.F05, subject, null),
        new ActionRequest(ActionKind.INSTALL, "ห้องประชุม", null), requester).id();
  }

  @Test
  default void twoUnitsSharingTheOfficeRegisterDrawDistinctNumbersAtTheSameMoment() throws Exception {
    Actor first = Actor.self(unique("t-a"), Roles.STAFF);
    Actor second = Actor.self(unique("t-b"), Roles.STAFF);
    String prefix = "ศธ " + unique("S");
    office().register(first.uid().toUpperCase(), prefix);
    office().register(second.uid().toUpperCase(), prefix);
    List<Long> firstDrafts = new ArrayList<>();
    List<Long> secondDrafts = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      firstDrafts.add(draft(first, "หน่วยแรก " + i));
      secondDrafts.add(draft(second, "หน่วยที่สอง " + i));
    }
    CountDownLatch start = new CountDownLatch(1);
    List<Future<SubmissionView>> results = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      long a = firstDrafts.get(i);
      long b = secondDrafts.get(i);
      results.add(executor().submit(() -> {
        start.await();
        return forms().submit(a, first);
      }));
      results.add(executor().submit(() -> {
        start.await();
        return forms().submit(b, second);
      }));
    }
    start.countDown();
    Set<String> numbers = new HashSet<>();
    Set<String> units = new HashSet<>();
    for (Future<SubmissionView> f : results) {
      SubmissionView v = f.get(120, TimeUnit.SECONDS);
      assertEquals(State.SUBMITTED, v.state());
      numbers.add(v.numberText());
      units.add(v.unitCode());
    }
    Set<String> expected = new HashSet<>();
    for (int i = 1; i <= 10; i++) {
      expected.add(prefix + "/" + i);
    }
    assertEquals(expected, numbers, "two units, one register: ten distinct numbers 1 to 10, none printed twice");
    assertEquals(2, units.size());
    assertEquals(10, letterCounters().registered(prefix), "each number entered once in the register of printed numbers");
  }

  @Test
  default void aRegisterContinuesAboveTheNumbersAlreadyPrinted() {
    Actor requester = Actor.self(unique("t-c"), Roles.STAFF);
    String prefix = "ศธ " + requester.uid().toUpperCase();
    assertEquals(prefix + "/1", forms().submit(draft(requester, "ก่อน ๑"), requester).numberText());
    assertEquals(prefix + "/2", forms().submit(draft(requester, "ก่อน ๒"), requester).numberText());
    // the counter is lost, as for numbers printed before the register was kept per prefix (V11_2)
    assertEquals(1, letterCounters().drop(prefix));
    assertEquals(prefix + "/3", forms().submit(draft(requester, "หลัง"), requester).numberText(),
        "a new counter starts above the highest number printed under its prefix in the year");
  }

  @Test
  default void theDatabaseRefusesASecondDocumentWithTheSameNumber() {
    Actor requester = Actor.self(unique("t-d"), Roles.STAFF);
    String prefix = "ศธ " + requester.uid().toUpperCase();
    assertEquals(prefix + "/1", forms().submit(draft(requester, "ฉบับแรก"), requester).numberText());
    letterCounters().setLast(prefix, 0); // a broken counter would give 1 again
    long second = draft(requester, "ฉบับที่สอง");
    assertThrows(RuntimeException.class, () -> forms().submit(second, requester));
    SubmissionView after = forms().get(second, requester);
    assertEquals(State.DRAFT, after.state(), "the submission that would have repeated a number is rolled back");
    assertNull(after.numberText());
    assertEquals(1, letterCounters().registered(prefix));
    assertTrue(forms().get(second, requester).numberText() == null);
  }
}
