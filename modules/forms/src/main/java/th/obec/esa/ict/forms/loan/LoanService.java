package th.obec.esa.ict.forms.loan;

import static th.obec.esa.ict.platform.BusinessException.field;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;
import th.obec.esa.ict.forms.port.AssetPort;
import th.obec.esa.ict.forms.port.AssetState;
import th.obec.esa.ict.forms.port.AssetSummary;
import th.obec.esa.ict.forms.workflow.State;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.platform.time.ThaiDates;

/**
 * The loan side of F04. A booking is checked against every open request for the same asset
 * under the asset's guard lock, so overlapping loans are refused with the dates of the first
 * even when both are filed at once. Requests not yet approved hold their dates too: first
 * filed, first served, as on the paper register.
 */
@Stateless
public class LoanService {

  private static final Logger LOG = Logger.getLogger(LoanService.class.getName());

  @PersistenceContext(unitName = "forms")
  private EntityManager em;

  @EJB
  private GuardRows guards;

  @Inject
  private AssetPort assets;

  /** Checks a new request's period and assets before it is stored. */
  public List<AssetSummary> validate(LoanRequest request, LocalDate today) {
    if (request.assetIds().isEmpty()) {
      throw new BusinessException(field("assets"), "forms.loan.noAsset");
    }
    if (request.from() == null || request.until() == null) {
      throw new BusinessException(field("from"), "forms.loan.period.required");
    }
    if (request.until().isBefore(request.from())) {
      throw new BusinessException(field("until"), "forms.loan.period.reversed");
    }
    if (request.from().isBefore(today)) {
      throw new BusinessException(field("from"), "forms.loan.period.past");
    }
    List<AssetSummary> found = new ArrayList<>();
    for (Long id : request.assetIds().stream().distinct().toList()) {
      AssetSummary asset = assets.find(id).orElseThrow(() -> new BusinessException(field("assets"), "forms.asset.unknown", id));
      if (!asset.state().lendable()) {
        throw new BusinessException(field("assets"), "forms.loan.assetNotLendable", asset.assetNumber(), asset.state().name());
      }
      found.add(asset);
    }
    return found;
  }

  /** Stores the loan lines of a new request. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void create(long submissionId, List<AssetSummary> assetList, LoanRequest request) {
    for (AssetSummary a : assetList) {
      em.persist(new Loan(submissionId, a, request.from(), request.until()));
    }
  }

  /**
   * Holds the request's dates: locks each asset's guard row, then refuses the first clash with
   * another open request. Called when a request is submitted (and so becomes open).
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void hold(long submissionId) {
    for (Loan loan : loansOf(submissionId)) {
      lockGuard(loan.getAssetId());
      List<Object[]> clashes = em.createNamedQuery("Loan.overlapping", Object[].class)
          .setParameter("asset", loan.getAssetId())
          .setParameter("open", EnumSet.of(State.SUBMITTED, State.REVIEWED, State.APPROVED, State.IN_PROGRESS))
          .setParameter("self", submissionId)
          .setParameter("from", loan.getLoanFrom())
          .setParameter("until", loan.getLoanUntil())
          .setMaxResults(1).getResultList();
      if (!clashes.isEmpty()) {
        Loan first = (Loan) clashes.get(0)[0];
        throw new LoanOverlapException(loan.getAssetNumber(), ThaiDates.formatNumeric(first.getLoanFrom()),
            ThaiDates.formatNumeric(first.getLoanUntil()), (String) clashes.get(0)[1]);
      }
    }
  }

  /** Hands the assets out: not before the first day, and only when the register has them in use. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void handOut(long submissionId, LocalDate today, Actor actor, String reason) {
    for (Loan loan : loansOf(submissionId)) {
      if (loan.getHandedOutOn() != null) {
        continue;
      }
      if (today.isBefore(loan.getLoanFrom())) {
        throw new BusinessException("forms.loan.notYet", loan.getAssetNumber(), ThaiDates.formatNumeric(loan.getLoanFrom()));
      }
      AssetSummary asset = assets.find(loan.getAssetId())
          .orElseThrow(() -> new BusinessException("forms.asset.unknown", loan.getAssetId()));
      if (asset.state() != AssetState.IN_USE) {
        throw new BusinessException("forms.loan.assetNotAvailable", asset.assetNumber(), asset.state().name());
      }
      assets.markOnLoan(loan.getAssetId(), actor, reason);
      loan.handOut(today);
    }
  }

  /** Takes the assets back; damaged ones go to the register as broken. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void takeBack(long submissionId, LocalDate today, ConditionCheck check, Actor actor, String reason) {
    if (check == null) {
      throw new BusinessException(field("condition"), "forms.loan.condition.required");
    }
    if (!check.intact() && (check.note() == null || check.note().isBlank())) {
      throw new BusinessException(field("condition"), "forms.loan.condition.noteRequired");
    }
    for (Loan loan : loansOf(submissionId)) {
      if (loan.getHandedOutOn() == null || loan.getReturnedOn() != null) {
        continue;
      }
      loan.giveBack(today, check);
      if (check.intact()) {
        assets.markBackInUse(loan.getAssetId(), actor, reason);
      } else {
        assets.markBroken(loan.getAssetId(), actor, reason + ": " + check.note());
      }
    }
  }

  /** Returns assets handed out under a request that ends without completion. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void release(long submissionId, LocalDate today, Actor actor, String reason) {
    for (Loan loan : loansOf(submissionId)) {
      if (loan.getHandedOutOn() != null && loan.getReturnedOn() == null) {
        loan.giveBack(today, ConditionCheck.good());
        assets.markBackInUse(loan.getAssetId(), actor, reason);
      }
    }
  }

  public List<LoanView> of(long submissionId) {
    return loansOf(submissionId).stream().map(Loan::view).toList();
  }

  public List<ReminderView> reminders(long submissionId) {
    return em.createNamedQuery("LoanReminder.ofSubmission", LoanReminder.class).setParameter("id", submissionId)
        .getResultList().stream().map(LoanReminder::view).toList();
  }

  /** An asset's calendar for a month: open bookings (approved or waiting) and each day free or not. */
  public AssetMonth availability(long assetId, YearMonth month) {
    LocalDate first = month.atDay(1);
    LocalDate last = month.atEndOfMonth();
    List<Object[]> rows = em.createNamedQuery("Loan.overlapping", Object[].class)
        .setParameter("asset", assetId)
        .setParameter("open", EnumSet.of(State.SUBMITTED, State.REVIEWED, State.APPROVED, State.IN_PROGRESS))
        .setParameter("self", -1L)
        .setParameter("from", first)
        .setParameter("until", last)
        .getResultList();
    List<Booking> bookings = rows.stream().map(r -> {
      Loan l = (Loan) r[0];
      return new Booking(l.getSubmissionId(), (String) r[1], (State) r[2], l.getLoanFrom(), l.getLoanUntil());
    }).toList();
    List<DayAvailability> days = new ArrayList<>();
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      LocalDate day = d;
      Booking b = bookings.stream().filter(x -> !day.isBefore(x.from()) && !day.isAfter(x.until())).findFirst().orElse(null);
      days.add(new DayAvailability(day, b == null, b == null ? null : b.numberText()));
    }
    return new AssetMonth(assetId, month, days, bookings);
  }

  /**
   * Records a reminder for every loan handed out and not back after its last day; once per loan
   * and day, so a second run (or a second server) adds nothing.
   *
   * @return how many reminders were recorded
   */
  public int remindOverdue(LocalDate today) {
    int count = 0;
    for (Loan loan : em.createNamedQuery("Loan.overdue", Loan.class).setParameter("state", State.IN_PROGRESS)
        .setParameter("today", today).getResultList()) {
      long already = em.createNamedQuery("LoanReminder.exists", Long.class).setParameter("loan", loan.getId())
          .setParameter("day", today).getSingleResult();
      if (already == 0) {
        String borrower = em.createQuery("SELECT s.requesterUid FROM Submission s WHERE s.id = :id", String.class)
            .setParameter("id", loan.getSubmissionId()).getSingleResult();
        int days = (int) ChronoUnit.DAYS.between(loan.getLoanUntil(), today);
        em.persist(new LoanReminder(loan.getId(), today, days, borrower));
        count++;
      }
    }
    if (count > 0) {
      LOG.info("overdue loans reminded today: " + count);
    }
    return count;
  }

  /**
   * What this person borrowed and has not brought back after its last day, most overdue first:
   * shown on their home page, since there is no mail to send a reminder by.
   */
  public List<OverdueLoan> overdueFor(String uid, LocalDate today) {
    return em.createQuery("SELECT l, s.numberText FROM Loan l, Submission s WHERE s.id = l.submissionId"
        + " AND s.requesterUid = :uid AND s.state = :state AND l.handedOutOn IS NOT NULL AND l.returnedOn IS NULL"
        + " AND l.loanUntil < :today ORDER BY l.loanUntil, l.id", Object[].class)
        .setParameter("uid", uid).setParameter("state", State.IN_PROGRESS).setParameter("today", today)
        .getResultList().stream().map(r -> {
          Loan l = (Loan) r[0];
          return new OverdueLoan(l.getSubmissionId(), (String) r[1], l.getAssetNumber(), l.view().assetName(),
              l.getLoanUntil(), (int) ChronoUnit.DAYS.between(l.getLoanUntil(), today));
        }).toList();
  }

  private List<Loan> loansOf(long submissionId) {
    return em.createNamedQuery("Loan.of", Loan.class).setParameter("id", submissionId).getResultList();
  }

  private void lockGuard(long assetId) {
    LoanGuard guard = em.find(LoanGuard.class, assetId, LockModeType.PESSIMISTIC_WRITE);
    if (guard == null) {
      try {
        guards.ensure(assetId);
      } catch (EJBException | PersistenceException raceLost) {
        // created at the same moment by another booking: it exists now either way
      }
      em.find(LoanGuard.class, assetId, LockModeType.PESSIMISTIC_WRITE);
    }
  }
}
