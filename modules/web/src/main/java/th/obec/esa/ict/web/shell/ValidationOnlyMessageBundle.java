package th.obec.esa.ict.web.shell;

import jakarta.faces.application.Application;
import jakarta.faces.application.ApplicationFactory;
import jakarta.faces.application.ApplicationWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;

/**
 * Offers the application's message bundle (Faces' own messages in Thai and reworded in English,
 * {@code <message-bundle>} in faces-config.xml) only while Faces decodes, converts and validates
 * input, which is when those messages are made; while a view is restored or rendered it answers
 * that there is none.
 *
 * <p>Why: Mojarra's resource manager asks the message bundle for
 * {@code jakarta.faces.resource.localePrefix} on every resource and view lookup, and a bundle
 * without the key throws a {@code MissingResourceException} each time: about eighteen per page
 * render (issue 16). Adding the key is worse: Mojarra then looks for a localized copy of every
 * script first and caches what it finds under no prefix, so the cache misses on every lookup.
 * Moving the texts to a {@code jakarta/faces/Messages_en} of our own does not work either: the
 * server's class loader finds Mojarra's before the application's.
 */
public final class ValidationOnlyMessageBundle extends ApplicationWrapper {

  private final Application wrapped;

  ValidationOnlyMessageBundle(Application wrapped) {
    this.wrapped = wrapped;
  }

  @Override
  public Application getWrapped() {
    return wrapped;
  }

  @Override
  public String getMessageBundle() {
    return offeredIn(FacesContext.getCurrentInstance()) ? wrapped.getMessageBundle() : null;
  }

  /** The bundle is offered outside a request's lifecycle and in every phase but these two. */
  static boolean offeredIn(FacesContext context) {
    if (context == null) {
      return true;
    }
    PhaseId phase = context.getCurrentPhaseId();
    return phase != PhaseId.RESTORE_VIEW && phase != PhaseId.RENDER_RESPONSE;
  }

  /** Registered in faces-config.xml. */
  public static final class Factory extends ApplicationFactory {

    private volatile Application application;

    public Factory(ApplicationFactory wrapped) {
      super(wrapped);
    }

    @Override
    public Application getApplication() {
      Application current = application;
      Application base = getWrapped().getApplication();
      if (current == null || ((ValidationOnlyMessageBundle) current).wrapped != base) {
        current = new ValidationOnlyMessageBundle(base);
        application = current;
      }
      return current;
    }

    @Override
    public void setApplication(Application application) {
      getWrapped().setApplication(application);
    }
  }
}
