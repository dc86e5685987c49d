package th.obec.esa.ict.web.forms.access;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import th.obec.esa.ict.forms.access.AccessService;
import th.obec.esa.ict.forms.access.AccessView;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.web.shell.CurrentUser;
import th.obec.esa.ict.web.shell.Messages;

/** /forms/access/review.xhtml: the unit director keeps or removes each access of their staff. */
@Named
@ViewScoped
public class AccessReviewBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  private AccessService access;

  @Inject
  private CurrentUser currentUser;

  private List<AccessView> rows = List.of();

  public void load() {
    try {
      rows = access.toReview(currentUser.actor());
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public void decide(long id, boolean keep) {
    try {
      access.review(id, keep, currentUser.actor());
      Messages.info(keep ? "forms.access.confirmedDone" : "forms.access.removedDone");
    } catch (BusinessException e) {
      Messages.error(e);
    }
    load();
  }

  public List<AccessView> getRows() { return rows; }
}
