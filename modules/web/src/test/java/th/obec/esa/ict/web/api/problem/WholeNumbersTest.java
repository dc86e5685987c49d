package th.obec.esa.ict.web.api.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The API's JSON-B on Payara's own Yasson: whole numbers stay whole, in fields and in maps. */
class WholeNumbersTest {

  public record Body(Integer fiscalYear, Long assetId, Map<Long, Integer> ratings) {}

  private final Jsonb jsonb = new WholeNumbers().getContext(Body.class);

  @Test
  void wholeNumbersAreReadInFieldsAndAsTheKeysAndValuesOfAMap() {
    Body b = jsonb.fromJson("{\"fiscalYear\":2569,\"assetId\":\"12\",\"ratings\":{\"7\":5,\"8\":4}}", Body.class);
    assertEquals(2569, b.fiscalYear());
    assertEquals(12L, b.assetId());
    assertEquals(Map.of(7L, 5, 8L, 4), b.ratings(), "an answer sheet's item id → score");
  }

  @Test
  void nullIsNoValue() {
    assertNull(jsonb.fromJson("{\"fiscalYear\":null}", Body.class).fiscalYear());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"fiscalYear\":2569.5}", "{\"fiscalYear\":\"2569.5\"}", "{\"fiscalYear\":99999999999}",
      "{\"fiscalYear\":\"สองพัน\"}", "{\"fiscalYear\":true}", "{\"fiscalYear\":[2569]}",
      "{\"assetId\":1e30}", "{\"ratings\":{\"7\":4.5}}", "{\"ratings\":{\"x\":4}}"})
  void aValueThatIsNotAWholeNumberThatFitsIsRefused(String json) {
    assertThrows(JsonbException.class, () -> jsonb.fromJson(json, Body.class), json);
  }
}
