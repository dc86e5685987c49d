package th.obec.esa.ict.reports.process;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.platform.security.Roles;
import th.obec.esa.ict.reports.port.CaseLine;
import th.obec.esa.ict.reports.port.CasesPort;
import th.obec.esa.ict.reports.port.ProcessCatalogPort;
import th.obec.esa.ict.reports.port.ProcessRef;

/**
 * The live cases of the 16 work processes, so that a process is seen through the work filed
 * under it. Several modules hold cases (requests, evaluations, records); every {@link CasesPort}
 * is asked and the answers merged. Any signed-in member of the office may read: the page shows
 * titles and states, which every colleague may see, not the requests' contents.
 */
@Stateless
public class ProcessCasesService {

  /** How many newest cases the overview shows per process. */
  public static final int NEWEST = 5;
  /** How many cases of each source the overview counts per process. */
  public static final int WINDOW = 1000;
  /** How many cases a process page lists. */
  public static final int MAX_CASES = 200;

  @Inject
  private ProcessCatalogPort catalog;
  @Inject
  @Any
  private Instance<CasesPort> sources;

  /** Every process, in order, with its counts and newest cases. */
  public List<ProcessOverview> overview(Actor actor) {
    requireSignedIn(actor);
    List<ProcessOverview> out = new ArrayList<>();
    for (ProcessRef p : catalog.processes()) {
      List<CaseLine> cases = cases(p, WINDOW);
      out.add(new ProcessOverview(p.number(), p.nameTh(), p.nameEn(), p.formCodes(), StateCounts.of(cases),
          cases.stream().limit(NEWEST).map(CaseView::of).toList(), ProcessReport.forForms(p.formCodes())));
    }
    return out;
  }

  /**
   * @throws BusinessException {@code reports.process.notFound} for a number not in the catalogue
   */
  public ProcessCases process(int number, Actor actor) {
    requireSignedIn(actor);
    ProcessRef p = catalog.processes().stream().filter(x -> x.number() == number).findFirst()
        .orElseThrow(() -> new BusinessException("reports.process.notFound", number));
    List<CaseLine> cases = cases(p, MAX_CASES);
    return new ProcessCases(p.number(), p.nameTh(), p.nameEn(), p.formCodes(), StateCounts.of(cases),
        cases.stream().map(CaseView::of).toList(), ProcessReport.forForms(p.formCodes()));
  }

  private List<CaseLine> cases(ProcessRef p, int max) {
    if (p.formCodes().isEmpty()) {
      return List.of();
    }
    Set<String> codes = new LinkedHashSet<>(p.formCodes());
    List<List<CaseLine>> answers = new ArrayList<>();
    for (CasesPort source : sources) {
      answers.add(source.cases(p.number(), Set.copyOf(codes), max));
    }
    return CaseMerge.merge(answers, codes, max);
  }

  private static void requireSignedIn(Actor actor) {
    actor.requireAnyRole(Roles.ALL.toArray(String[]::new));
  }
}
