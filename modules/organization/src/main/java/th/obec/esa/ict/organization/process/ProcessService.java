package th.obec.esa.ict.organization.process;

import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import th.obec.esa.ict.organization.NotFoundException;
import th.obec.esa.ict.organization.api.WorkProcesses;

/** The work-process catalogue and the form catalogue, as the manual prints them. */
@Stateless
@LocalBean
@Local(WorkProcesses.class)
public class ProcessService implements WorkProcesses {

  @PersistenceContext(unitName = "organization")
  private EntityManager em;

  public List<ProcessView> processes() {
    return em.createNamedQuery("WorkProcess.findAll", WorkProcess.class).getResultStream().map(ProcessView::of).toList();
  }

  public Optional<ProcessView> findProcess(long id) {
    return Optional.ofNullable(em.find(WorkProcess.class, id)).map(ProcessView::of);
  }

  public ProcessView getProcess(long id) {
    return findProcess(id).orElseThrow(() -> new NotFoundException("process", id));
  }

  public List<FormView> forms() {
    return em.createNamedQuery("Form.findAll", Form.class).getResultStream().map(FormView::of).toList();
  }

  public Optional<FormView> findForm(String code) {
    return em.createNamedQuery("Form.findByCode", Form.class).setParameter("code", code).getResultStream().findFirst()
        .map(FormView::of);
  }

  public FormView getForm(String code) {
    return findForm(code).orElseThrow(() -> new NotFoundException("form", code));
  }

  @Override
  public List<FormProcess> allProcesses() {
    return em.createNamedQuery("WorkProcess.findAll", WorkProcess.class).getResultStream()
        .map(p -> new FormProcess(p.getProcessNumber(), p.getNameTh(), p.getNameEn(), false))
        .sorted(Comparator.comparingInt(FormProcess::number)).toList();
  }

  @Override
  public List<FormProcess> processesOfForm(String formCode) {
    return em.createNamedQuery("ProcessForm.byFormCode", ProcessForm.class).setParameter("code", formCode)
        .getResultStream().map(pf -> new FormProcess(pf.getProcess().getProcessNumber(), pf.getProcess().getNameTh(),
            pf.getProcess().getNameEn(), pf.isDefaultForForm()))
        .sorted(Comparator.comparingInt(FormProcess::number)).toList();
  }
}
