package th.obec.esa.ict.forms.port;

import java.util.List;
import th.obec.esa.ict.forms.api.ProcessOption;

/** The work processes a form serves (the manual's section ๗ of each process), from the organisation. */
public interface ProcessPort {

  /**
   * @param formCode the form's code, "F03"
   * @return the processes printing the form, by number; empty when no process uses it
   */
  List<ProcessOption> processesOf(String formCode);

  /** Every work process, by number (a yearly plan may be drawn up for any of them). */
  List<ProcessOption> allProcesses();
}
