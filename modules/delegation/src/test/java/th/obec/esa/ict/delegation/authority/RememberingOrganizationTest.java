package th.obec.esa.ict.delegation.authority;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.delegation.api.OrganizationPort;
import th.obec.esa.ict.delegation.api.StandIn;

class RememberingOrganizationTest {

  private final List<String> asked = new ArrayList<>();

  private final OrganizationPort org = new OrganizationPort() {
    @Override
    public Optional<String> headOf(String unitCode, LocalDate on) {
      asked.add("headOf " + unitCode + " " + on);
      return unitCode.equals("ICT") ? Optional.of("nanphat") : Optional.empty();
    }

    @Override
    public Optional<String> parentOf(String unitCode, LocalDate on) {
      asked.add("parentOf " + unitCode);
      return Optional.of("OFFICE");
    }

    @Override
    public List<StandIn> standInsOf(String holderUid, LocalDate on) {
      asked.add("standInsOf " + holderUid);
      return List.of(new StandIn(holderUid, "khwansiri", 1, "275/2561", "1.1"));
    }

    @Override
    public List<StandIn> standInClausesNaming(String standInUid, LocalDate on) {
      asked.add("naming " + standInUid);
      return List.of();
    }

    @Override
    public Optional<String> superiorOf(String uid, LocalDate on) {
      asked.add("superiorOf " + uid);
      return Optional.empty();
    }

    @Override
    public Optional<String> displayName(String uid) {
      asked.add("name " + uid);
      return Optional.ofNullable(uid).map(u -> "นาง " + u);
    }
  };

  @Test
  void eachQuestionGoesToTheOrganisationOnceAndTheSameAnswerComesBack() {
    LocalDate d = LocalDate.of(2025, 10, 1);
    RememberingOrganization r = new RememberingOrganization(org);
    for (int i = 0; i < 3; i++) {
      assertEquals(Optional.of("nanphat"), r.headOf("ICT", d));
      assertEquals(Optional.empty(), r.headOf("FIN", d));
      assertEquals(Optional.of("OFFICE"), r.parentOf("ICT", d));
      assertEquals("khwansiri", r.standInsOf("nanphat", d).get(0).standInUid());
      assertEquals(List.of(), r.standInClausesNaming("khwansiri", d));
      assertEquals(Optional.empty(), r.superiorOf("director", d));
      assertEquals(Optional.of("นาง nanphat"), r.displayName("nanphat"));
      assertEquals(Optional.empty(), r.displayName(null));
    }
    assertEquals(List.of("headOf ICT 2025-10-01", "headOf FIN 2025-10-01", "parentOf ICT", "standInsOf nanphat",
        "naming khwansiri", "superiorOf director", "name nanphat", "name null"), asked);
  }

  @Test
  void anotherDayOrAnotherSetOfFactsAsksAgain() {
    RememberingOrganization r = new RememberingOrganization(org);
    r.headOf("ICT", LocalDate.of(2025, 10, 1));
    r.headOf("ICT", LocalDate.of(2025, 10, 2));
    new RememberingOrganization(org).headOf("ICT", LocalDate.of(2025, 10, 1));
    assertEquals(3, asked.size());
  }
}
