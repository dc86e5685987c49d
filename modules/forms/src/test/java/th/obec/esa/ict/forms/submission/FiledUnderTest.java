package th.obec.esa.ict.forms.submission;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.forms.catalog.FormCode;
import th.obec.esa.ict.forms.api.ProcessOption;
import th.obec.esa.ict.platform.BusinessException;

class FiledUnderTest {

  private static final List<ProcessOption> F03 = List.of(new ProcessOption(5, "๕", "5", false),
      new ProcessOption(6, "๖", "6", true), new ProcessOption(8, "๘", "8", false), new ProcessOption(9, "๙", "9", false));

  @Test
  void aRepairWithNoProcessChosenIsFiledUnderTheFormsDefault() {
    assertEquals(6, FiledUnder.process(FormCode.F03, null, F03));
  }

  @Test
  void aProcessOfTheFormIsTakenAsChosen() {
    assertEquals(9, FiledUnder.process(FormCode.F03, 9, F03));
    assertEquals(5, FiledUnder.process(FormCode.F03, 5, F03));
  }

  @Test
  void aProcessTheFormDoesNotServeIsRefusedOnTheFieldNamingTheFormsProcesses() {
    BusinessException e = assertThrows(BusinessException.class, () -> FiledUnder.process(FormCode.F03, 7, F03));
    assertEquals("forms.process.notOfForm", e.key());
    assertEquals("process", e.field());
    assertArrayEquals(new Object[] {7, "F03", "5, 6, 8, 9"}, e.args());
  }

  @Test
  void withoutAMarkedDefaultTheFirstProcessIsTaken() {
    List<ProcessOption> none = List.of(new ProcessOption(5, "๕", "5", false), new ProcessOption(8, "๘", "8", false));
    assertEquals(5, FiledUnder.process(FormCode.F02, null, none));
  }

  @Test
  void aFormNoProcessUsesIsFiledUnderNoneAndRefusesOne() {
    assertNull(FiledUnder.process(FormCode.F10, null, List.of()));
    BusinessException e = assertThrows(BusinessException.class, () -> FiledUnder.process(FormCode.F10, 6, List.of()));
    assertArrayEquals(new Object[] {6, "F10", "-"}, e.args());
  }
}
