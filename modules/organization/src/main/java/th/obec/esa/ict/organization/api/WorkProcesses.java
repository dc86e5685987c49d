package th.obec.esa.ict.organization.api;

import java.util.List;

/**
 * The work processes a form serves, for the modules that file work under a process (the forms'
 * requests). The catalogue is the manual's section ๗ of each process; which of a form's processes
 * a new request starts under is data ({@code org_process_form.default_for_form}).
 */
public interface WorkProcesses {

  /** The processes printing the form, by process number; empty for a form no process uses. */
  List<FormProcess> processesOfForm(String formCode);

  /** Every work process, by number ({@code byDefault} false). */
  List<FormProcess> allProcesses();

  /**
   * A process as a form's request may be filed under it.
   *
   * @param byDefault whether a new request of the form starts under it
   */
  record FormProcess(int number, String nameTh, String nameEn, boolean byDefault) implements java.io.Serializable {}
}
