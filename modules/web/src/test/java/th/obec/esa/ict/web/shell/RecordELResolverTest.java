package th.obec.esa.ict.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

class RecordELResolverTest {

  record Asset(String assetNumber, int year) {}

  private final RecordELResolver resolver = new RecordELResolver();

  @Test
  void readsARecordComponentAndSaysItResolvedIt() {
    ELContext ctx = context();
    assertEquals("7440-001-0001/66", resolver.getValue(ctx, new Asset("7440-001-0001/66", 2566), "assetNumber"));
    assertTrue(ctx.isPropertyResolved());
  }

  @Test
  void leavesEverythingElseToTheNextResolver() {
    ELContext ctx = context();
    assertNull(resolver.getValue(ctx, "not a record", "length"));
    assertNull(resolver.getValue(ctx, new Asset("x", 1), "noSuchComponent"));
    assertFalse(ctx.isPropertyResolved());
  }

  @Test
  void recordsAreReadOnly() {
    ELContext ctx = context();
    assertTrue(resolver.isReadOnly(ctx, new Asset("x", 1), "year"));
    assertThrows(PropertyNotWritableException.class, () -> resolver.setValue(ctx, new Asset("x", 1), "year", 2));
  }

  private static ELContext context() {
    return new ELContext() {
      @Override public ELResolver getELResolver() { return null; }
      @Override public FunctionMapper getFunctionMapper() { return null; }
      @Override public VariableMapper getVariableMapper() { return null; }
    };
  }
}
