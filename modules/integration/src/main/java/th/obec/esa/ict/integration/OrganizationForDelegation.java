package th.obec.esa.ict.integration;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import th.obec.esa.ict.delegation.api.OrganizationPort;
import th.obec.esa.ict.delegation.api.StandIn;
import th.obec.esa.ict.organization.api.StaffRef;
import th.obec.esa.ict.organization.api.StandInRef;
import th.obec.esa.ict.organization.api.StandIns;
import th.obec.esa.ict.organization.api.Units;

/**
 * Answers the delegation module's questions from the organisation module: units by code (the
 * office's own code names the office, whose head is the area director), heads by the order in
 * force, stand-ins in rank order with the clauses that name them.
 */
@Stateless
@Local(OrganizationPort.class)
public class OrganizationForDelegation implements OrganizationPort {

  @EJB
  private StandIns standIns;

  @EJB
  private Units units;

  @Override
  public Optional<String> headOf(String unitCode, LocalDate on) {
    return Heads.of(standIns, units).headOf(unitCode, on);
  }

  @Override
  public Optional<String> parentOf(String unitCode, LocalDate on) {
    return Heads.of(standIns, units).parentOf(unitCode);
  }

  @Override
  public List<StandIn> standInsOf(String holderUid, LocalDate on) {
    return flatten(standIns.standInsOf(holderUid, on));
  }

  @Override
  public List<StandIn> standInClausesNaming(String standInUid, LocalDate on) {
    return flatten(standIns.standingInFor(standInUid, on));
  }

  @Override
  public Optional<String> superiorOf(String uid, LocalDate on) {
    return Heads.of(standIns, units).superiorOf(uid, on);
  }

  @Override
  public Optional<String> displayName(String uid) {
    return standIns.staffByUid(uid).map(StaffRef::fullNameTh);
  }

  @Override
  public boolean accountDisabled(String uid) {
    return standIns.staffByUid(uid).map(StaffRef::accountDisabled).orElse(false);
  }

  /**
   * One stand-in clause a duty number: the order prints one relation in several clauses (a relation
   * without a clause number gives one with an empty one). A relation naming someone without a
   * directory uid is left out: nobody can sign in as them.
   */
  static List<StandIn> flatten(List<StandInRef> refs) {
    List<StandIn> out = new ArrayList<>();
    for (StandInRef r : refs) {
      if (r.holder().uid() == null || r.standIn().uid() == null) {
        continue;
      }
      List<String> clauses = r.dutyNumbers().isEmpty() ? List.of("") : r.dutyNumbers();
      for (String duty : clauses) {
        out.add(new StandIn(r.holder().uid(), r.standIn().uid(), r.rank(), r.orderNumber(), duty));
      }
    }
    return out;
  }
}
