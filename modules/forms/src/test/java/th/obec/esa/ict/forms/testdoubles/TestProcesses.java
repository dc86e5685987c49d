package th.obec.esa.ict.forms.testdoubles;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import th.obec.esa.ict.forms.catalog.FormCode;
import th.obec.esa.ict.forms.api.ProcessOption;
import th.obec.esa.ict.forms.port.ProcessPort;

/** The manual's section ๗ for the forms the tests file: F03 serves processes 5, 6, 8 and 9, 6 by default. */
@ApplicationScoped
public class TestProcesses implements ProcessPort {

  @Override
  public List<ProcessOption> processesOf(String formCode) {
    return switch (FormCode.valueOf(formCode)) {
      case F02, F04 -> List.of(p(5, true), p(8, false), p(9, false));
      case F03 -> List.of(p(5, false), p(6, true), p(8, false), p(9, false));
      case F05 -> List.of(p(6, true));
      case F06, F07 -> List.of(p(7, true));
      case F08, F09 -> List.of(p(10, true));
      case F14 -> List.of(p(12, true));
      default -> List.of();
    };
  }

  @Override
  public List<ProcessOption> allProcesses() {
    return java.util.stream.IntStream.rangeClosed(1, 16).mapToObj(n -> p(n, false)).toList();
  }

  private static ProcessOption p(int number, boolean byDefault) {
    return new ProcessOption(number, "กระบวนงานที่ " + number, "Process " + number, byDefault);
  }
}
