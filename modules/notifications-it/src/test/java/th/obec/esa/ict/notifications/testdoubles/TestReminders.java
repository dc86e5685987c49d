package th.obec.esa.ict.notifications.testdoubles;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import th.obec.esa.ict.forms.api.AccessExpiring;
import th.obec.esa.ict.forms.api.LoanDue;
import th.obec.esa.ict.forms.api.Reminders;
import th.obec.esa.ict.forms.api.WaitingTask;
import th.obec.esa.ict.platform.security.Actor;

/** Forms' {@link Reminders} as the test says: which request waits for whom, which loans are due. */
@Stateless
@Local(Reminders.class)
public class TestReminders implements Reminders {

  /** uid → the tasks waiting for them. */
  public static final Map<String, List<WaitingTask>> WAITING = new ConcurrentHashMap<>();
  public static final List<LoanDue> LOANS = new CopyOnWriteArrayList<>();

  public static void waits(String uid, WaitingTask task) {
    WAITING.computeIfAbsent(uid, u -> new CopyOnWriteArrayList<>()).add(task);
  }

  @Override
  public List<WaitingTask> waitingFor(Actor actor) {
    return List.copyOf(WAITING.getOrDefault(actor.uid(), List.of()));
  }

  @Override
  public Optional<WaitingTask> waitingOn(long submissionId, Actor actor) {
    return WAITING.getOrDefault(actor.uid(), List.of()).stream().filter(t -> t.submissionId() == submissionId)
        .findFirst();
  }

  @Override
  public List<LoanDue> loansDueOrOverdue(LocalDate today) {
    return List.copyOf(LOANS);
  }

  @Override
  public List<AccessExpiring> accessesExpiring(LocalDate today, int days) {
    return List.of();
  }
}
