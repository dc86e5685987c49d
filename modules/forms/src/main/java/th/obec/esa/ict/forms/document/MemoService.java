package th.obec.esa.ict.forms.document;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import th.obec.esa.ict.forms.port.DocumentStyle;
import th.obec.esa.ict.forms.port.OfficePort;
import th.obec.esa.ict.forms.port.StaffPort;
import th.obec.esa.ict.forms.submission.SubmissionService;
import th.obec.esa.ict.forms.submission.SubmissionView;
import th.obec.esa.ict.platform.security.Actor;

/**
 * Prints a submission as its บันทึกข้อความ. Whoever may read the submission may print it.
 * Thai digits and the emblem (ครุฑ) are the office's settings ({@link OfficePort#documentStyle}); the
 * digits are overridable per print.
 */
@Stateless
public class MemoService {

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

  /** @param thaiDigits null for the office's setting (Thai digits on documents) */
  public byte[] pdf(long submissionId, Boolean thaiDigits, Actor actor) {
    SubmissionView s = submissions.get(submissionId, actor);
    Memo memo = MemoComposer.compose(s, office.office(),
        s.requesterUid() == null ? null : staff.person(s.requesterUid()).orElse(null),
        uid -> uid == null ? "-" : staff.person(uid).map(p -> p.thaiName()).orElse(uid));
    DocumentStyle style = office.documentStyle();
    return renderer.render(memo, thaiDigits == null ? style.thaiDigits() : thaiDigits, style.emblemPng());
  }

  /** The file name a browser saves it under. */
  public static String fileName(SubmissionView s) {
    return s.form() + "-" + (s.numberText() == null ? "draft-" + s.id() : s.numberText().replaceAll("[^0-9A-Za-z]+", "-"))
        + ".pdf";
  }
}
