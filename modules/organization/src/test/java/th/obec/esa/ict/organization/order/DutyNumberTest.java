package th.obec.esa.ict.organization.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DutyNumberTest {

  @Test
  void thaiDigitsSpacesAndATrailingDotAreNormalised() {
    assertEquals("1.2.1", DutyNumber.normalize("๑.๒.๑"));
    assertEquals("5.2.10", DutyNumber.normalize(" 5.2.๑0 "));
    assertEquals("1.10", DutyNumber.normalize("1.10."));
    assertEquals("1.", DutyNumber.normalize("๑."));
  }

  @Test
  void aDutyNumberHasAtLeastOneDotBetweenNumbers() {
    assertTrue(DutyNumber.isDutyNumber("1.1"));
    assertTrue(DutyNumber.isDutyNumber("5.2.12"));
    assertFalse(DutyNumber.isDutyNumber("1."));
    assertFalse(DutyNumber.isDutyNumber("1"));
    assertFalse(DutyNumber.isDutyNumber("1..2"));
    assertFalse(DutyNumber.isDutyNumber("ก.1"));
  }

  @Test
  void listMarkersAreNotDutyNumbers() {
    for (String marker : List.of("-", "–", "•", "1.", "3)", "(2)", "ก.")) {
      assertTrue(DutyNumber.isItemMarker(marker), marker);
    }
    assertFalse(DutyNumber.isItemMarker("1.1"));
    assertFalse(DutyNumber.isItemMarker("x"));
  }

  @Test
  void depthIsTheNumberOfDots() {
    assertEquals(1, DutyNumber.depth("1.1"));
    assertEquals(2, DutyNumber.depth("1.2.1"));
    assertEquals(2, DutyNumber.depth("5.2.6"));
  }

  @Test
  void theParentDropsTheLastPartAndATopLevelDutyHasNone() {
    assertEquals("1.2", DutyNumber.parent("1.2.1"));
    assertEquals("5.2", DutyNumber.parent("5.2.10"));
    assertNull(DutyNumber.parent("1.10"));
  }

  @Test
  void theFirstPartIsThePersonsSequence() {
    assertEquals(5, DutyNumber.sequence("5.2.6"));
    assertEquals(12, DutyNumber.sequence("12.1"));
  }

  @Test
  void printedOrderComparesNumbersPartByPart() {
    List<String> numbers = new ArrayList<>(List.of("1.10", "1.2.1", "1.2", "1.9", "1.2.10", "1.2.2"));
    numbers.sort(DutyNumber::compare);
    assertEquals(List.of("1.2", "1.2.1", "1.2.2", "1.2.10", "1.9", "1.10"), numbers);
    assertEquals(0, DutyNumber.compare("2.11", "2.11"));
  }
}
