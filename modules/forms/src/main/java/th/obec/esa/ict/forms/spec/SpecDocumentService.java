package th.obec.esa.ict.forms.spec;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import th.obec.esa.ict.forms.catalog.FormCode;
import th.obec.esa.ict.forms.document.Memo;
import th.obec.esa.ict.forms.document.MemoRenderer;
import th.obec.esa.ict.forms.document.MemoService;
import th.obec.esa.ict.forms.port.DocumentStyle;
import th.obec.esa.ict.forms.port.OfficePort;
import th.obec.esa.ict.forms.port.PersonSummary;
import th.obec.esa.ict.forms.port.StaffPort;
import th.obec.esa.ict.forms.submission.SubmissionService;
import th.obec.esa.ict.forms.submission.SubmissionView;
import th.obec.esa.ict.platform.security.Actor;

/**
 * Prints an F06 (the official specification with its prices and reasons) or an F07 (the
 * committee's comparison summary) as a บันทึกข้อความ, with the same fonts and digit setting as
 * every other memo. Whoever may read the submission may print it.
 */
@Stateless
public class SpecDocumentService {

  @EJB
  private SpecService specs;

  @EJB
  private SubmissionService submissions;

  @Inject
  private OfficePort office;

  @Inject
  private StaffPort staff;

  private MemoRenderer renderer;

  @PostConstruct
  void configure() {
    Config config = ConfigProvider.getConfig();
    renderer = new MemoRenderer(config.getOptionalValue(MemoRenderer.FONT_KEY, String.class).orElse(MemoRenderer.DEFAULT_FONT),
        config.getOptionalValue(MemoRenderer.BOLD_FONT_KEY, String.class).orElse(MemoRenderer.DEFAULT_BOLD_FONT));
  }

  /**
   * @param thaiDigits null for the office's setting (Thai digits on documents)
   * @throws SpecException when the submission is neither an F06 nor an F07 with its detail
   */
  public byte[] pdf(long submissionId, Boolean thaiDigits, Actor actor) {
    SubmissionView s = submissions.get(submissionId, actor);
    PersonSummary requester = s.requesterUid() == null ? null : staff.person(s.requesterUid()).orElse(null);
    Memo memo = s.form() == FormCode.F07
        ? SpecMemoComposer.comparison(specs.comparison(submissionId, actor), office.office(), requester)
        : SpecMemoComposer.spec(specs.spec(submissionId, actor), office.office(), requester);
    DocumentStyle style = office.documentStyle();
    return renderer.render(memo, thaiDigits == null ? style.thaiDigits() : thaiDigits, style.emblemPng());
  }
}
