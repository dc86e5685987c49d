package th.obec.esa.ict.web.api.problem;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;
import java.math.BigDecimal;

/**
 * The API's JSON-B: the defaults, except that a whole-number field (Integer, Long) takes only a
 * whole number that fits. Left to Yasson, {@code "fiscalYear": 2569.5} became 2569 and was stored
 * without a word; here it is a 400 naming the field, like any other value of the wrong type.
 */
@Provider
public class WholeNumbers implements ContextResolver<Jsonb> {

  private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
      .withDeserializers(new IntegerValue(), new LongValue()));

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }

  /**
   * The value at the parser as a decimal: a number, or a string holding one. It is read as the
   * parser's current value: Yasson hands a deserializer the parser on the value already, and
   * {@code ctx.deserialize} would read one event further, which inside a map (item id → score)
   * ran past the map's end ("no more elements").
   */
  static BigDecimal number(JsonParser parser, DeserializationContext ctx) {
    JsonValue value = parser.getValue();
    return switch (value.getValueType()) {
      case NUMBER -> ((JsonNumber) value).bigDecimalValue();
      case NULL -> null;
      case STRING -> {
        try {
          yield new BigDecimal(((JsonString) value).getString().strip());
        } catch (NumberFormatException e) {
          throw new JsonbException("not a number", e);
        }
      }
      default -> throw new JsonbException("not a number but " + value.getValueType());
    };
  }

  static final class IntegerValue implements JsonbDeserializer<Integer> {
    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
      try {
        BigDecimal n = number(parser, ctx);
        return n == null ? null : n.intValueExact();
      } catch (ArithmeticException e) {
        throw new JsonbException("not a whole number that fits an int", e);
      }
    }
  }

  static final class LongValue implements JsonbDeserializer<Long> {
    @Override
    public Long deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
      try {
        BigDecimal n = number(parser, ctx);
        return n == null ? null : n.longValueExact();
      } catch (ArithmeticException e) {
        throw new JsonbException("not a whole number that fits a long", e);
      }
    }
  }
}
