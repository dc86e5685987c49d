package th.obec.esa.ict.forms.use;

import java.util.List;
import th.obec.esa.ict.forms.submission.FormDetail;

/** F02: the materials or equipment asked for; the purpose is the submission's body. */
public record UseRequest(List<UseLine> lines) implements FormDetail {

  public UseRequest {
    lines = lines == null ? List.of() : List.copyOf(lines);
  }
}
