package th.obec.esa.ict.forms.api;

import java.util.List;
import th.obec.esa.ict.platform.security.Actor;

/**
 * The yearly plans of the work processes (issue 17): an ICT officer drafts a process's plan for a
 * fiscal year and proposes it; it is reviewed by the ICT group and approved by the area director
 * (or whoever acts for her) through the forms' one chain (a plan is a submission of kind PLN:
 * review, approve and send back go through the submissions' own operations and inbox); once
 * approved, each activity's responsible person or an ICT officer records its progress.
 */
public interface Plans {

  /**
   * Files the plan and, unless {@code draft}, proposes it (it gets its letter number).
   *
   * @throws th.obec.esa.ict.platform.BusinessException on the field concerned: {@code process}
   *     ({@code forms.plan.processRequired}, {@code forms.process.notOfForm}), {@code fiscalYear}
   *     ({@code forms.plan.yearRequired}, {@code forms.plan.yearOutOfRange}, {@code forms.plan.exists}),
   *     {@code activities} ({@code forms.plan.noActivity}, {@code forms.plan.activity.*} naming the activity)
   */
  PlanSheet propose(PlanInput plan, boolean draft, Actor actor);

  /** A plan with its activities and its chain of review and approval; any member of the office may read it. */
  PlanSheet get(long id, Actor actor);

  /** The plans, newest first, of one process and/or one fiscal year (null: all). */
  List<PlanSheet> plans(Integer process, Integer fiscalYear, Actor actor);

  /**
   * The progress of an approved plan's activity, in percent, with a note: by its responsible
   * person or an ICT officer.
   */
  PlanSheet recordProgress(long id, int activityNo, Integer percent, String note, Actor actor);
}
