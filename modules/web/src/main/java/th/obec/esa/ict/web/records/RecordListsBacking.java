package th.obec.esa.ict.web.records;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.platform.security.Roles;
import th.obec.esa.ict.records.improvement.ImprovementService;
import th.obec.esa.ict.records.improvement.ImprovementView;
import th.obec.esa.ict.records.study.StudyService;
import th.obec.esa.ict.records.study.StudyView;
import th.obec.esa.ict.web.shell.CurrentUser;
import th.obec.esa.ict.web.shell.Messages;
import th.obec.esa.ict.web.shell.ThaiFormat;

/**
 * /records/studies.xhtml and /records/improvements.xhtml: the F13 studies and F16 improvements of
 * a fiscal year (the current one by default; empty year = all), with their reports once issued.
 */
@Named
@ViewScoped
public class RecordListsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  private StudyService studies;

  @Inject
  private ImprovementService improvements;

  @Inject
  private CurrentUser currentUser;

  private Integer fiscalYear = new ThaiFormat().fiscalYear().buddhistYear();
  private List<StudyView> studyList;
  private List<ImprovementView> improvementList;

  @PostConstruct
  void init() {
    search();
  }

  /** Forgets the lists; each page reads only its own on the next render. */
  public void search() {
    studyList = null;
    improvementList = null;
  }

  public List<StudyView> getStudies() {
    if (studyList == null) {
      studyList = read(() -> studies.list(fiscalYear, currentUser.actor()));
    }
    return studyList;
  }

  public List<ImprovementView> getImprovements() {
    if (improvementList == null) {
      improvementList = read(() -> improvements.list(fiscalYear, currentUser.actor()));
    }
    return improvementList;
  }

  private static <T> List<T> read(java.util.function.Supplier<List<T>> list) {
    try {
      return list.get();
    } catch (BusinessException e) {
      Messages.error(e);
      return List.of();
    }
  }

  public boolean isOfficer() {
    return currentUser.isInRole(Roles.ICT_OFFICER);
  }

  public Integer getFiscalYear() { return fiscalYear; }
  public void setFiscalYear(Integer v) { fiscalYear = v; }
}
