package th.obec.esa.ict.assets.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AssetNumberFormatTest {

  private final AssetNumberFormat office = AssetNumberFormat.of(AssetNumberFormat.DEFAULT);

  @Test
  void theDefaultPatternGivesTheOfficeNumber() {
    assertEquals("7440-001-0001/66", office.format(new AssetNumberFormat.Parts("7440", "001", 1, 2566)));
    assertEquals("7440-001-0125/67", office.format(new AssetNumberFormat.Parts("7440", "001", 125, 2567)));
  }

  @Test
  void aRunningNumberWiderThanThePaddingIsKept() {
    assertEquals("7440-001-12345/66", office.format(new AssetNumberFormat.Parts("7440", "001", 12345, 2566)));
    assertTrue(office.matches("7440-001-12345/66"));
  }

  @Test
  void aNumberIsReadBackIntoItsParts() {
    AssetNumberFormat.Parts p = office.parse("7440-001-0001/66").orElseThrow();
    assertEquals("7440", p.fsnClass());
    assertEquals("001", p.group());
    assertEquals(1, p.running());
    assertEquals(2566, p.fiscalYearBe());
  }

  @Test
  void numbersOutsideThePatternAreRefused() {
    assertFalse(office.matches("7440-001-001/66"));
    assertFalse(office.matches("7440-001-0001/2566"));
    assertFalse(office.matches("744-001-0001/66"));
    assertFalse(office.matches("7440/001/0001/66"));
    assertFalse(office.matches(""));
    assertFalse(office.matches(null));
    assertTrue(office.parse("abc").isEmpty());
  }

  @Test
  void literalTextAndAFourDigitYearWork() {
    AssetNumberFormat f = AssetNumberFormat.of("สพป.{class}.{group}.{running:3}.{yyyy}");
    String n = f.format(new AssetNumberFormat.Parts("7440", "2", 7, 2567));
    assertEquals("สพป.7440.2.007.2567", n);
    assertTrue(f.matches(n));
    assertEquals(2567, f.parse(n).orElseThrow().fiscalYearBe());
    assertFalse(f.matches("สพป.7440.2.007X2567"), "a dot in the pattern is a literal dot");
  }

  @Test
  void aPatternWithoutARunningNumberIsAConfigurationError() {
    assertThrows(IllegalArgumentException.class, () -> AssetNumberFormat.of("{class}-{group}/{yy}"));
    assertThrows(IllegalArgumentException.class, () -> AssetNumberFormat.of("{running:4}-{running:4}"));
  }

  @Test
  void aBlankPatternFallsBackToTheDefault() {
    assertEquals(AssetNumberFormat.DEFAULT, AssetNumberFormat.of(" ").pattern());
    assertEquals("7440-001-0001/66", AssetNumberFormat.of(null).example());
  }

  @Test
  void theClassMustBeFourDigits() {
    assertThrows(IllegalArgumentException.class, () -> office.format(new AssetNumberFormat.Parts("744", "001", 1, 2566)));
    assertThrows(IllegalArgumentException.class, () -> office.format(new AssetNumberFormat.Parts("7440", "001", 0, 2566)));
  }

  @Test
  void countersAreKeptPerClassAndGroup() {
    assertEquals("7440-001", office.counterPrefix("7440", "001"));
    assertTrue(office.usesYear());
    AssetNumberFormat noYear = AssetNumberFormat.of("{running:6}");
    assertFalse(noYear.usesYear());
    assertEquals("-", noYear.counterPrefix("7440", "001"));
  }
}
