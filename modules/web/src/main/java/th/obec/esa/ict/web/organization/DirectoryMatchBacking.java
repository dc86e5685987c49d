package th.obec.esa.ict.web.organization;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import th.obec.esa.ict.organization.api.DirectoryMatches;
import th.obec.esa.ict.organization.api.DirectoryMatching;
import th.obec.esa.ict.organization.api.MatchAccepted;
import th.obec.esa.ict.organization.api.SyncReport;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.web.shell.CurrentUser;
import th.obec.esa.ict.web.shell.Messages;

/**
 * /organization/directory.xhtml (org-admin): the staff of the orders in force against the office's
 * directory; accept one match or every exact one; run the sync now and read the last runs. Other
 * roles see only that the page is the organisation administrator's.
 */
@Named
@ViewScoped
public class DirectoryMatchBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  private DirectoryMatching matching;

  @Inject
  private CurrentUser currentUser;

  private DirectoryMatches matches;

  public void load() {
    if (!currentUser.isOrgAdmin()) {
      return;
    }
    try {
      matches = matching.matches(currentUser.actor());
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public void accept(long staffId, String uid) {
    try {
      MatchAccepted a = matching.accept(currentUser.actor(), staffId, uid);
      Messages.info(a.changed() ? "organization.directory.accepted" : "organization.directory.unchanged", a.nameTh(), a.uid());
    } catch (BusinessException e) {
      Messages.error(e);
    }
    load();
  }

  public void acceptAllExact() {
    try {
      List<MatchAccepted> done = matching.acceptAllExact(currentUser.actor());
      Messages.info("organization.directory.acceptedAll", done.stream().filter(MatchAccepted::changed).count());
    } catch (BusinessException e) {
      Messages.error(e);
    }
    load();
  }

  public void syncNow() {
    try {
      SyncReport r = matching.sync(currentUser.actor());
      Messages.info("organization.directory.synced." + r.outcome(), r.changes(), r.exactProposals());
    } catch (BusinessException e) {
      Messages.error(e);
    }
    load();
  }

  public DirectoryMatches getMatches() { return matches; }

  public boolean isLoaded() { return matches != null; }
}
