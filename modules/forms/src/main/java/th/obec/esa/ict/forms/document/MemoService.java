package th.obec.esa.ict.forms.document;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import th.obec.esa.ict.forms.port.OfficePort;
import th.obec.esa.ict.forms.port.StaffPort;
import th.obec.esa.ict.forms.submission.SubmissionService;
import th.obec.esa.ict.forms.submission.SubmissionView;
import th.obec.esa.ict.platform.security.Actor;

/**
 * Prints a submission as its บันทึกข้อความ. Whoever may read the submission may print it.
 * Thai digits are the office's default ({@value #THAI_DIGITS_KEY}), overridable per print.
 */
@Stateless
public class MemoService {

  public static final String THAI_DIGITS_KEY = "ict.forms.pdf.thai-digits";

  @EJB
  private SubmissionService submissions;

  @Inject
  private OfficePort office;

  @Inject
  private StaffPort staff;

  private MemoRenderer renderer;
  private boolean thaiDigitsByDefault;

  @PostConstruct
  void configure() {
    Config config = ConfigProvider.getConfig();
    renderer = new MemoRenderer(config.getOptionalValue(MemoRenderer.FONT_KEY, String.class).orElse(MemoRenderer.DEFAULT_FONT),
        config.getOptionalValue(MemoRenderer.BOLD_FONT_KEY, String.class).orElse(MemoRenderer.DEFAULT_BOLD_FONT));
    thaiDigitsByDefault = config.getOptionalValue(THAI_DIGITS_KEY, Boolean.class).orElse(Boolean.TRUE);
  }

  /** @param thaiDigits null for the office's default */
  public byte[] pdf(long submissionId, Boolean thaiDigits, Actor actor) {
    SubmissionView s = submissions.get(submissionId, actor);
    Memo memo = MemoComposer.compose(s, office.office(),
        s.requesterUid() == null ? null : staff.person(s.requesterUid()).orElse(null));
    return renderer.render(memo, thaiDigits == null ? thaiDigitsByDefault : thaiDigits);
  }

  /** The file name a browser saves it under. */
  public static String fileName(SubmissionView s) {
    return s.form() + "-" + (s.numberText() == null ? "draft-" + s.id() : s.numberText().replaceAll("[^0-9A-Za-z]+", "-"))
        + ".pdf";
  }
}
