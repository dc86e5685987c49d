package th.obec.esa.ict.records.prints;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.records.api.RecordPrints;
import th.obec.esa.ict.records.improvement.ImprovementService;
import th.obec.esa.ict.records.study.StudyService;

/** {@link RecordPrints}: the services print their own records. */
@Stateless
@Local(RecordPrints.class)
public class RecordPrintService implements RecordPrints {

  @EJB
  private StudyService studies;

  @EJB
  private ImprovementService improvements;

  @Override
  public byte[] studyRecordPdf(long studyId, Actor actor) {
    return studies.recordPdf(studyId, actor);
  }

  @Override
  public byte[] improvementRecordPdf(long improvementId, Actor actor) {
    return improvements.recordPdf(improvementId, actor);
  }
}
