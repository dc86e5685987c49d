package th.obec.esa.ict.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.delegation.api.StandIn;
import th.obec.esa.ict.organization.api.StaffRef;
import th.obec.esa.ict.organization.api.StandInRef;

/** The order's stand-in relations as the delegation reads them: one entry per clause that prints one. */
class StandInClausesTest {

  private static StaffRef person(long id, String uid) {
    return new StaffRef(id, uid, "ชื่อ " + id, null, 3L, "กลุ่มส่งเสริมฯ", "ตำแหน่ง", null,
        uid == null ? "REFERENCED_ONLY" : "ACTIVE", uid == null);
  }

  private static StandInRef relation(StaffRef holder, StaffRef standIn, int rank, List<String> duties) {
    return new StandInRef(holder, standIn, rank, 1L, "275/2561", duties, "คำสั่งที่ 275/2561 ข้อ " + String.join(", ", duties));
  }

  @Test
  void aRelationPrintedInSeveralClausesGivesOneEntryPerClauseInTheOrdersOrder() {
    StaffRef nanphat = person(4, "nanphat");
    StaffRef khwansiri = person(5, "khwansiri");
    List<StandIn> out = OrganizationForDelegation.flatten(List.of(relation(nanphat, khwansiri, 1, List.of("1.10", "2.11"))));
    assertEquals(List.of(
        new StandIn("nanphat", "khwansiri", 1, "275/2561", "1.10"),
        new StandIn("nanphat", "khwansiri", 1, "275/2561", "2.11")), out);
  }

  @Test
  void aRelationWithoutAClauseNumberGivesOneEntryWithAnEmptyClause() {
    List<StandIn> out = OrganizationForDelegation.flatten(
        List.of(relation(person(4, "nanphat"), person(5, "khwansiri"), 1, List.of())));
    assertEquals(List.of(new StandIn("nanphat", "khwansiri", 1, "275/2561", "")), out);
  }

  @Test
  void peopleWithoutADirectoryUidAreLeftOutAndTheRestKeepTheirRank() {
    StaffRef holder = person(7, "sinlapachai");
    StaffRef namedOnly = person(11, null);      // "ปรากฏเฉพาะในข้อ 2.11": no account, cannot act
    StaffRef second = person(6, "somchai");
    List<StandIn> out = OrganizationForDelegation.flatten(List.of(
        relation(holder, namedOnly, 1, List.of("2.11")),
        relation(holder, second, 2, List.of("2.12")),
        relation(person(8, null), second, 1, List.of("3.1"))));
    assertEquals(List.of(new StandIn("sinlapachai", "somchai", 2, "275/2561", "2.12")), out);
  }

  @Test
  void noRelationsNoEntries() {
    assertEquals(List.of(), OrganizationForDelegation.flatten(List.of()));
  }
}
