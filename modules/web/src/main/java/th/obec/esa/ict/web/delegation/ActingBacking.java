package th.obec.esa.ict.web.delegation;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import th.obec.esa.ict.delegation.api.ActingOption;
import th.obec.esa.ict.delegation.authority.ActingService;
import th.obec.esa.ict.web.shell.LocaleBacking;
import th.obec.esa.ict.web.shell.Messages;

/**
 * Whom the signed-in user acts for, chosen explicitly in the header. Session scoped because the
 * choice is the user's until they stop; it is checked again on the server when chosen and every
 * time it is read ({@link #current()}), so an absence that ended or a revoked delegation ends it.
 */
@Named
@SessionScoped
public class ActingBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** This request's answer of {@link #current()}: the header, the pages and the actor ask it many times. */
  private static final String CURRENT = ActingBacking.class.getName() + ".current";

  @Inject
  private HttpServletRequest request;

  @Inject
  private ActingService acting;

  private ActingChoice choice;
  private String selected;

  /**
   * The person acted for now, re-checked against the facts of this moment (once per request);
   * empty when acting for oneself.
   */
  public Optional<ActingChoice> current() {
    if (choice == null) {
      return Optional.empty();
    }
    String uid = uid();
    if (request.getAttribute(CURRENT) instanceof Checked kept && kept.uid().equals(uid) && kept.choice() == choice) {
      return Optional.of(choice);
    }
    Optional<ActingOption> still = uid == null ? Optional.empty()
        : acting.option(uid, choice.principalUid(), choice.delegationId());
    if (still.isEmpty()) {
      choice = null;
      remember(null);
      return Optional.empty();
    }
    choice = toChoice(still.get());
    request.setAttribute(CURRENT, new Checked(uid, choice));
    return Optional.of(choice);
  }

  /** A choice checked in this request for this user. */
  private record Checked(String uid, ActingChoice choice) {}

  /** The people the user may act for now, for the switch's list. */
  public List<ActingOption> getOptions() {
    String uid = uid();
    return uid == null ? List.of() : acting.optionsFor(uid);
  }

  public String keyOf(ActingOption o) {
    return toChoice(o).key();
  }

  public String labelOf(ActingOption o) {
    return LocaleBacking.isEnglish() ? o.basis().englishText() : o.basis().thaiText();
  }

  /** Switches to the selected person after checking again that the user may act for them now. */
  public void choose() {
    String uid = uid();
    Optional<ActingOption> option = uid == null || selected == null ? Optional.empty()
        : acting.optionsFor(uid).stream().filter(o -> keyOf(o).equals(selected)).findFirst();
    if (option.isEmpty()) {
      choice = null;
      Messages.error("delegation.switch.notAllowed");
      return;
    }
    choice = toChoice(option.get());
    remember(choice.principalUid());
    Messages.info("delegation.switch.started", choice.principalName());
  }

  public void stop() {
    choice = null;
    selected = null;
    remember(null);
    Messages.info("delegation.switch.stopped");
  }

  public boolean isActive() {
    return current().isPresent();
  }

  /** The choice as last checked, for showing in the header without another check. */
  public ActingChoice getChoice() {
    return choice;
  }

  public String getSelected() {
    return selected;
  }

  public void setSelected(String selected) {
    this.selected = selected;
  }

  private static ActingChoice toChoice(ActingOption o) {
    return new ActingChoice(o.principalUid(), o.principalName(), o.basis().delegationId(), o.basis().shortText(),
        o.basis().englishText());
  }

  /** Tells the traffic record whom this session acts for (the record keeps acting-for on every request). */
  private static void remember(String principalUid) {
    jakarta.faces.context.FacesContext fc = jakarta.faces.context.FacesContext.getCurrentInstance();
    if (fc == null) {
      return;
    }
    java.util.Map<String, Object> session = fc.getExternalContext().getSessionMap();
    if (principalUid == null) {
      session.remove(th.obec.esa.ict.web.traffic.TrafficFilter.ACTING_FOR);
    } else {
      session.put(th.obec.esa.ict.web.traffic.TrafficFilter.ACTING_FOR, principalUid);
    }
  }

  private String uid() {
    Principal p = request.getUserPrincipal();
    return p == null ? null : p.getName();
  }
}
