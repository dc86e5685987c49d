package th.obec.esa.ict.organization.process;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/** A catalogue form (F01–F22) and the processes that use it. */
public record FormView(long id, String code, String nameTh, String nameEn, List<ProcessRef> processes)
    implements Serializable {

  /** A process by number and name, for links from a form to the processes using it. */
  public record ProcessRef(long id, int number, String nameTh, String nameEn) implements Serializable {}

  public static FormView of(Form f) {
    return new FormView(f.getId(), f.getCode(), f.getNameTh(), f.getNameEn(), f.getUsedBy().stream()
        .map(ProcessForm::getProcess).sorted(Comparator.comparingInt(WorkProcess::getProcessNumber))
        .map(p -> new ProcessRef(p.getId(), p.getProcessNumber(), p.getNameTh(), p.getNameEn())).toList());
  }
}
