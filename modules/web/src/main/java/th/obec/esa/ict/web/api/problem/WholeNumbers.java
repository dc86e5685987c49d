package th.obec.esa.ict.web.api.problem;

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

  /** The value at the parser as a decimal (a number, or a string holding one), through JSON-B itself. */
  static BigDecimal number(JsonParser parser, DeserializationContext ctx) {
    return ctx.deserialize(BigDecimal.class, parser);
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
