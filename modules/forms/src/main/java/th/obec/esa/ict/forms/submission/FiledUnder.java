package th.obec.esa.ict.forms.submission;

import static th.obec.esa.ict.platform.BusinessException.field;

import java.util.List;
import java.util.stream.Collectors;
import th.obec.esa.ict.forms.catalog.FormCode;
import th.obec.esa.ict.forms.api.ProcessOption;
import th.obec.esa.ict.platform.BusinessException;

/**
 * Which work process a request is filed under: one of its form's processes, the one asked for or
 * else the form's default (else its first). A process's page then lists the request under that
 * process only. A form that no process uses files under none, and refuses one asked for.
 */
public final class FiledUnder {

  private FiledUnder() {}

  /**
   * @param requested the process asked for, or null for the form's default
   * @return the process number, or null for a form no process uses
   * @throws BusinessException {@code forms.process.notOfForm} (field {@code process}; args: the
   *     process asked for, the form, its processes "5, 6, 8, 9") when it is not one of the form's
   */
  public static Integer process(FormCode form, Integer requested, List<ProcessOption> choices) {
    if (requested == null) {
      return choices.stream().filter(ProcessOption::byDefault).findFirst()
          .or(() -> choices.stream().findFirst()).map(ProcessOption::number).orElse(null);
    }
    if (choices.stream().noneMatch(c -> c.number() == requested)) {
      String allowed = choices.isEmpty() ? "-"
          : choices.stream().map(c -> String.valueOf(c.number())).collect(Collectors.joining(", "));
      throw new BusinessException(field("process"), "forms.process.notOfForm", requested, form.name(), allowed);
    }
    return requested;
  }
}
