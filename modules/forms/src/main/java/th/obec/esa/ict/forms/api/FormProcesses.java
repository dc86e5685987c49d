package th.obec.esa.ict.forms.api;

import java.util.List;

/**
 * The work processes a form's request may be filed under, for the pages and REST clients that
 * let the requester choose (the default one first marked). Filing checks the choice again.
 */
public interface FormProcesses {

  /**
   * @param formCode "F03"
   * @return the form's processes by number; empty for a form no process uses or a code not known;
   *     for "PLN" (a yearly plan) every process
   */
  List<ProcessOption> processesOf(String formCode);
}
