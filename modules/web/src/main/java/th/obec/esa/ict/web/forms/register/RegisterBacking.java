package th.obec.esa.ict.web.forms.register;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import th.obec.esa.ict.forms.register.RegisterImportResult;
import th.obec.esa.ict.forms.register.RegisterImportService;
import th.obec.esa.ict.forms.register.RegisterRejectedException;
import th.obec.esa.ict.forms.register.RowError;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.web.shell.CurrentUser;
import th.obec.esa.ict.web.shell.Messages;
import th.obec.esa.ict.web.shell.ThaiFormat;

/**
 * /forms/register.xhtml: an ICT officer imports last year's paper register (a CSV saved from the
 * spreadsheet the office kept), so the history counts in the yearly report. Every rejected row
 * is listed with its line and column; a file with any rejected row saves nothing.
 */
@Named
@ViewScoped
public class RegisterBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The header row of an empty register, for an office starting its file. */
  static final String TEMPLATE = "form,number,filed_on,requester,position,unit,subject,outcome,decided_on,closed_on,"
      + "amount,parts_cost,note\nF03,ศธ 04086/1,01/10/2568,นายสมชาย ใจดี,นักวิชาการศึกษา,กลุ่มส่งเสริมการจัดการศึกษา,"
      + "แจ้งซ่อมเครื่องคอมพิวเตอร์,เสร็จสิ้น,02/10/2568,06/10/2568,\"1,200.00\",850.00,เปลี่ยนแหล่งจ่ายไฟ\n";

  /** One rejected row as the page lists it. */
  public record Rejected(int line, String column, String message) implements Serializable {}

  @Inject
  private RegisterImportService register;

  @Inject
  private CurrentUser currentUser;

  @Inject
  private ThaiFormat thai;

  private transient UploadedFile file;
  private RegisterImportResult result;
  private List<Rejected> rejected = List.of();

  public void importFile() {
    result = null;
    rejected = List.of();
    if (file == null || file.getSize() == 0) {
      Messages.error(new BusinessException(BusinessException.field("register:file"), "forms.register.empty"));
      return;
    }
    try {
      result = register.importCsv(file.getContent(), currentUser.actor());
      Messages.info("forms.register.result", result.imported(), thai.date(result.firstFiled()),
          thai.date(result.lastFiled()));
    } catch (RegisterRejectedException e) {
      rejected = e.errors().stream().map(RegisterBacking::rejected).toList();
      Messages.error(e);
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  static Rejected rejected(RowError e) {
    String column = Messages.text("forms.register.column." + e.column());
    return new Rejected(e.line(), column.startsWith("forms.register.") ? e.column() : column,
        Messages.text(e.key(), e.args().toArray()));
  }

  /** The forms imported and how many of each, e.g. "F02 7, F03 9". */
  public String getPerForm() {
    return result == null ? "" : result.perForm().entrySet().stream().map(en -> en.getKey() + " " + en.getValue())
        .collect(Collectors.joining(", "));
  }

  public StreamedContent getTemplate() {
    byte[] bytes = ("\uFEFF" + TEMPLATE).getBytes(StandardCharsets.UTF_8);
    return DefaultStreamedContent.builder().name("register-template.csv").contentType("text/csv;charset=UTF-8")
        .stream(() -> new ByteArrayInputStream(bytes)).build();
  }

  public UploadedFile getFile() { return file; }
  public void setFile(UploadedFile v) { file = v; }
  public RegisterImportResult getResult() { return result; }
  public List<Rejected> getRejected() { return rejected; }
}
