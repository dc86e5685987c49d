package th.obec.esa.ict.web.records;

import jakarta.faces.context.FacesContext;
import java.io.ByteArrayInputStream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.web.shell.Messages;

/** What the records pages share: refusals placed next to their input, PDFs, messages over a redirect. */
final class RecordsPages {

  private RecordsPages() {}

  /**
   * Shows a refusal next to the input it names: the services name fields by their input's
   * name ("title"), the pages give each input that id inside the form {@code formId}.
   */
  static void error(BusinessException e, String formId) {
    if (e.field() == null || e.field().contains(":")) {
      Messages.error(e);
    } else {
      Messages.error(new BusinessException(BusinessException.field(formId + ":" + e.field()), e.key(), e.args()));
    }
  }

  static StreamedContent pdf(byte[] pdf, String fileName) {
    return DefaultStreamedContent.builder().name(fileName).contentType("application/pdf")
        .stream(() -> new ByteArrayInputStream(pdf)).build();
  }

  /** Messages survive the redirect after a create. */
  static void keepMessages() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }
}
