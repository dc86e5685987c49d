package th.obec.esa.ict.web.reports;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.reports.process.ProcessCases;
import th.obec.esa.ict.reports.process.ProcessCasesService;
import th.obec.esa.ict.reports.process.ProcessOverview;
import th.obec.esa.ict.web.shell.CurrentUser;
import th.obec.esa.ict.web.shell.Messages;

/**
 * /reports/processes.xhtml and /reports/process.xhtml?n=: the 16 work processes with the cases
 * filed under them now, their states and the reports that apply.
 */
@Named
@RequestScoped
public class CasesBacking {

  @EJB
  private ProcessCasesService processes;

  @Inject
  private CurrentUser currentUser;

  private Integer number;
  private List<ProcessOverview> overview;
  private ProcessCases cases;

  public void loadOverview() {
    overview = processes.overview(currentUser.actor());
  }

  public void loadProcess() {
    try {
      cases = processes.process(number == null ? 0 : number, currentUser.actor());
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public Integer getNumber() { return number; }
  public void setNumber(Integer v) { number = v; }
  public List<ProcessOverview> getOverview() { return overview; }
  public ProcessCases getCases() { return cases; }
}
