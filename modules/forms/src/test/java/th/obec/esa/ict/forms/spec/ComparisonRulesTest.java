package th.obec.esa.ict.forms.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComparisonRulesTest {

  private static final List<Integer> LINES = List.of(1, 2, 3);

  @Test
  void meetsAndExceedsComply() {
    assertTrue(ComparisonRules.compliant(LINES, Map.of(1, Answer.MEETS, 2, Answer.EXCEEDS, 3, Answer.MEETS)));
  }

  @Test
  void oneLineNotMetOrNotAnsweredFails() {
    assertFalse(ComparisonRules.compliant(LINES, Map.of(1, Answer.MEETS, 2, Answer.DOES_NOT_MEET, 3, Answer.MEETS)));
    assertFalse(ComparisonRules.compliant(LINES, Map.of(1, Answer.MEETS, 3, Answer.MEETS)));
    assertEquals(List.of(2), ComparisonRules.failedLines(LINES, Map.of(1, Answer.MEETS, 3, Answer.EXCEEDS)));
  }

  @Test
  void anItemWithoutLinesIsMetByEveryOffer() {
    assertTrue(ComparisonRules.compliant(List.of(), Map.of()));
  }

  @Test
  void theCheapestCompliantOfferWinsNotTheCheapest() {
    List<Candidate> offers = List.of(new Candidate(1, 1, new BigDecimal("20500"), true),
        new Candidate(2, 1, new BigDecimal("18000"), false), new Candidate(3, 1, new BigDecimal("19500"), true));
    assertEquals(Map.of(1, 3), ComparisonRules.winners(offers));
    assertEquals(2, ComparisonRules.cheapest(offers, 1).orElseThrow().offerNo());
  }

  @Test
  void equalPricesGoToTheEarlierOfferAndItemsAreDecidedApart() {
    List<Candidate> offers = List.of(new Candidate(1, 1, new BigDecimal("19000"), true),
        new Candidate(2, 1, new BigDecimal("19000.00"), true), new Candidate(3, 2, new BigDecimal("500"), false),
        new Candidate(4, 2, new BigDecimal("700"), true));
    assertEquals(Map.of(1, 1, 2, 4), ComparisonRules.winners(offers));
  }

  @Test
  void noCompliantOfferNoWinner() {
    assertTrue(ComparisonRules.winners(List.of(new Candidate(1, 1, BigDecimal.TEN, false))).isEmpty());
  }
}
