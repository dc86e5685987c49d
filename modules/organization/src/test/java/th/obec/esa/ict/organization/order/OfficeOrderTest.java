package th.obec.esa.ict.organization.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.organization.OrganizationException;
import th.obec.esa.ict.organization.unit.Office;

class OfficeOrderTest {

  private static final LocalDate OCT_16_2561 = LocalDate.of(2018, 10, 16);

  static Office office(long id) throws Exception {
    Constructor<Office> c = Office.class.getDeclaredConstructor();
    c.setAccessible(true);
    Office o = c.newInstance();
    Field f = Office.class.getDeclaredField("id");
    f.setAccessible(true);
    f.set(o, id);
    return o;
  }

  private static OfficeOrder order(int number, int year, LocalDate from) throws Exception {
    return new OfficeOrder(office(1), number, year, "มอบหมายหน้าที่", from, from);
  }

  @Test
  void anOrderIsInForceFromItsEffectiveDateWithNoEnd() throws Exception {
    OfficeOrder o = order(275, 2561, OCT_16_2561);
    assertEquals("275/2561", o.number());
    assertFalse(o.isInForceOn(OCT_16_2561.minusDays(1)));
    assertTrue(o.isInForceOn(OCT_16_2561));
    assertTrue(o.isInForceOn(LocalDate.of(2030, 1, 1)));
  }

  @Test
  void aLaterOrderSupersedesFromItsOwnDateAndTheOldOneKeepsItsPast() throws Exception {
    OfficeOrder old = order(275, 2561, OCT_16_2561);
    LocalDate from = LocalDate.of(2019, 10, 1);
    OfficeOrder next = order(301, 2562, from);
    next.supersede(old);
    assertSame(old, next.getSupersedes());
    assertEquals(OrderStatus.SUPERSEDED, old.getStatus());
    assertEquals(from, old.getEffectiveTo());
    assertTrue(old.isInForceOn(from.minusDays(1)), "the day before, the old order still governed");
    assertFalse(old.isInForceOn(from));
    assertTrue(next.isInForceOn(from));
    assertFalse(next.isInForceOn(from.minusDays(1)));
  }

  @Test
  void anOrderCannotSupersedeAnEarlierOrSameDayOrder() throws Exception {
    OfficeOrder old = order(275, 2561, OCT_16_2561);
    SupersessionException e = assertThrows(SupersessionException.class,
        () -> order(276, 2561, OCT_16_2561).supersede(old));
    assertEquals("organization.order.supersede.notLater", e.key());
    assertThrows(SupersessionException.class, () -> order(1, 2560, OCT_16_2561.minusYears(1)).supersede(old));
    assertEquals(OrderStatus.IN_FORCE, old.getStatus());
    assertNull(old.getEffectiveTo());
  }

  @Test
  void aSupersededOrderCannotBeSupersededAgain() throws Exception {
    OfficeOrder old = order(275, 2561, OCT_16_2561);
    order(301, 2562, LocalDate.of(2019, 10, 1)).supersede(old);
    SupersessionException e = assertThrows(SupersessionException.class,
        () -> order(302, 2562, LocalDate.of(2019, 11, 1)).supersede(old));
    assertEquals("organization.order.supersede.notInForce", e.key());
  }

  @Test
  void anOrderCannotSupersedeItselfNorAnotherOfficesOrder() throws Exception {
    OfficeOrder o = order(275, 2561, OCT_16_2561);
    assertEquals("organization.order.supersede.self", assertThrows(SupersessionException.class, () -> o.supersede(o)).key());
    OfficeOrder other = new OfficeOrder(office(2), 10, 2560, "x", OCT_16_2561.minusYears(1), OCT_16_2561.minusYears(1));
    assertEquals("organization.order.supersede.otherOffice",
        assertThrows(SupersessionException.class, () -> o.supersede(other)).key());
  }

  @Test
  void aRevokedOrderStillAnswersForTheDaysItGoverned() throws Exception {
    OfficeOrder o = order(275, 2561, OCT_16_2561);
    LocalDate end = LocalDate.of(2019, 3, 1);
    o.revoke(end);
    assertEquals(OrderStatus.REVOKED, o.getStatus());
    assertTrue(o.isInForceOn(end.minusDays(1)));
    assertFalse(o.isInForceOn(end));
    assertThrows(OrganizationException.class, () -> o.revoke(end));
  }

  @Test
  void anOrderCannotBeRevokedBeforeItStarted() throws Exception {
    OfficeOrder o = order(275, 2561, OCT_16_2561);
    OrganizationException e = assertThrows(OrganizationException.class, () -> o.revoke(OCT_16_2561.minusDays(1)));
    assertEquals("organization.order.revoke.beforeStart", e.key());
  }
}
