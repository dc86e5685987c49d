package th.obec.esa.ict.web.evaluation;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.Base64;
import th.obec.esa.ict.evaluation.answer.AnswerService;
import th.obec.esa.ict.evaluation.form.InputRejectedException;
import th.obec.esa.ict.evaluation.form.RespondentGroup;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.web.shell.Messages;

/**
 * /public/evaluation.xhtml?id=: the office website's F20, answered by anyone without signing in.
 * A random key kept in a cookie of this browser lets the service refuse an obvious second answer;
 * the answer itself carries no name.
 */
@Named
@ViewScoped
public class PublicAnswerBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String COOKIE = "ict-evaluation-key";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject
  private AnswerService answers;

  private Long id;
  private boolean answered;
  private boolean done;
  private String clientKey;
  private final AnswerSheetForm sheet = new AnswerSheetForm();

  public void load() {
    clientKey = clientKey();
    try {
      sheet.start(answers.publicForm(id), RespondentGroup.PUBLIC);
      answered = answers.hasAnsweredFromBrowser(id, clientKey);
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public void submit() {
    sheet.getProblems().clear();
    try {
      answers.answerAnonymously(id, sheet.input(), clientKey);
      done = true;
      Messages.info("evaluation.page.thanks", sheet.getEvaluation().title());
    } catch (InputRejectedException e) {
      sheet.getProblems().add(e);
      Messages.error("evaluation.page.problems", sheet.getProblems().size());
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  /** This browser's key: the one in its cookie, or a new random one set now for a year. */
  private static String clientKey() {
    ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) ec.getRequest();
    if (request.getCookies() != null) {
      for (Cookie c : request.getCookies()) {
        if (COOKIE.equals(c.getName()) && c.getValue() != null && c.getValue().length() >= 16) {
          return c.getValue();
        }
      }
    }
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Cookie cookie = new Cookie(COOKIE, key);
    cookie.setPath(ec.getRequestContextPath().isEmpty() ? "/" : ec.getRequestContextPath());
    cookie.setMaxAge(365 * 24 * 3600);
    cookie.setHttpOnly(true);
    cookie.setSecure(request.isSecure());
    cookie.setAttribute("SameSite", "Lax");
    ((HttpServletResponse) ec.getResponse()).addCookie(cookie);
    return key;
  }

  public Long getId() { return id; }
  public void setId(Long v) { id = v; }
  public boolean isAnswered() { return answered; }
  public boolean isDone() { return done; }
  public AnswerSheetForm getSheet() { return sheet; }
}
