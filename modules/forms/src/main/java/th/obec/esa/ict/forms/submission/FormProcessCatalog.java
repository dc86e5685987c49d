package th.obec.esa.ict.forms.submission;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import th.obec.esa.ict.forms.api.FormProcesses;
import th.obec.esa.ict.forms.api.ProcessOption;
import th.obec.esa.ict.forms.catalog.FormCode;
import th.obec.esa.ict.forms.port.ProcessPort;

/** The processes of a form as the organisation's catalogue gives them; readable by anyone signed in. */
@Stateless
@Local(FormProcesses.class)
public class FormProcessCatalog implements FormProcesses {

  @Inject
  private ProcessPort processes;

  @Override
  public List<ProcessOption> processesOf(String formCode) {
    // a yearly plan (PLN) may be drawn up for any process, as filing allows
    return Arrays.stream(FormCode.values()).filter(f -> f.name().equals(formCode)).findFirst()
        .map(f -> f == FormCode.PLN ? processes.allProcesses() : processes.processesOf(f.name())).orElse(List.of());
  }
}
