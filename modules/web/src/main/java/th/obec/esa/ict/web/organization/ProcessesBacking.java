package th.obec.esa.ict.web.organization;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import th.obec.esa.ict.organization.process.FormView;
import th.obec.esa.ict.organization.process.ProcessService;
import th.obec.esa.ict.organization.process.ProcessView;

/** The work-process catalogue (16 processes with their sections) and the 22 forms. */
@Named
@RequestScoped
public class ProcessesBacking {

  @EJB
  private ProcessService processes;

  private List<ProcessView> list;
  private List<FormView> forms;

  public void load() {
    list = processes.processes();
    forms = processes.forms();
  }

  public List<ProcessView> getList() {
    return list;
  }

  public List<FormView> getForms() {
    return forms;
  }
}
