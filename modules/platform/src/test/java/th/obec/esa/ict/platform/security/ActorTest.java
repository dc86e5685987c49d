package th.obec.esa.ict.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ActorTest {

  @Test
  void actingForAnotherNeedsABasis() {
    assertThrows(IllegalArgumentException.class, () -> new Actor("khwansiri", "nanphat", " "));
    Actor standIn = new Actor("khwansiri", "nanphat", "คำสั่ง 275/2561 ข้อ 2.11");
    assertTrue(standIn.isActingForAnother());
    assertEquals("nanphat", standIn.principalUid());
    assertTrue(standIn.involves("nanphat"));
  }

  @Test
  void actingForOneselfIsActingForNobody() {
    Actor a = new Actor("nanphat", "nanphat", null);
    assertFalse(a.isActingForAnother());
    assertEquals("nanphat", a.principalUid());
  }

  @Test
  void rolesAreCheckedOnTheRealActor() {
    Actor officer = Actor.self("khwansiri", Roles.STAFF, Roles.ICT_OFFICER);
    officer.requireAnyRole(Roles.ORG_ADMIN, Roles.ICT_OFFICER);
    assertThrows(AccessDeniedException.class, () -> officer.requireAnyRole(Roles.DIRECTOR));
    assertTrue(officer.actingFor("nanphat", "คำสั่ง 275/2561 ข้อ 2.11").hasRole(Roles.ICT_OFFICER));
  }
}
