package th.obec.esa.ict.records.collection;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import th.obec.esa.ict.records.api.DueRound;
import th.obec.esa.ict.records.api.ReturnReminders;

/** {@link ReturnReminders} from the rounds and their returns (a return counts as sent once it has a send time). */
@Stateless
@Local(ReturnReminders.class)
public class CollectionReminders implements ReturnReminders {

  @PersistenceContext(unitName = "records")
  private EntityManager em;

  @Override
  public List<DueRound> dueSoonOrOverdue(LocalDate today, int daysAhead) {
    LocalDate soon = today.plusDays(daysAhead);
    List<DueRound> out = new ArrayList<>();
    for (Object[] row : em.createQuery("SELECT r.id, COUNT(e) FROM CollectionRound r, ExpectedReturn e"
        + " WHERE e.roundId = r.id AND e.submittedAt IS NULL AND (r.dueDate < :today OR r.dueDate = :soon)"
        + " GROUP BY r.id", Object[].class)
        .setParameter("today", today).setParameter("soon", soon).getResultList()) {
      CollectionRound r = em.find(CollectionRound.class, row[0]);
      long days = ReturnRules.daysOverdue(r.getDueDate(), today);
      out.add(new DueRound(r.getId(), r.systemLabel(), r.getLabel(), r.getDueDate(), days,
          ((Number) row[1]).intValue()));
    }
    out.sort(java.util.Comparator.comparing(DueRound::dueDate).thenComparing(DueRound::roundId));
    return out;
  }
}
