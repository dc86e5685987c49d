package th.obec.esa.ict.web.records;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.platform.security.Roles;
import th.obec.esa.ict.records.collection.CentralSystem;
import th.obec.esa.ict.records.collection.CollectionService;
import th.obec.esa.ict.records.collection.OverdueReturn;
import th.obec.esa.ict.records.collection.RoundInput;
import th.obec.esa.ict.records.collection.RoundSummary;
import th.obec.esa.ict.records.collection.RoundView;
import th.obec.esa.ict.records.collection.SubmitterKind;
import th.obec.esa.ict.web.shell.CurrentUser;
import th.obec.esa.ict.web.shell.ThaiFormat;

/**
 * /records/rounds.xhtml (F01): the collection rounds of a fiscal year, the overdue returns an ICT
 * officer chases every morning, and the form that opens a new round.
 */
@Named
@ViewScoped
public class RoundsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  private CollectionService collection;

  @Inject
  private CurrentUser currentUser;

  private Integer fiscalYear = new ThaiFormat().fiscalYear().buddhistYear();
  private CentralSystem system;
  private List<RoundSummary> rounds = List.of();
  private List<OverdueReturn> overdue = List.of();

  private CentralSystem newSystem;
  private String otherName;
  private String label;
  private Integer newFiscalYear;
  private LocalDate dueDate;
  private String note;
  private SubmitterKind kind = SubmitterKind.UNIT;
  private String submitters;

  @PostConstruct
  void load() {
    search();
  }

  public void search() {
    try {
      rounds = collection.rounds(fiscalYear, system, currentUser.actor());
      overdue = collection.overdue(currentUser.actor());
    } catch (BusinessException e) {
      RecordsPages.error(e, "rounds");
    }
  }

  /** Opens the round and goes to it, where submitters may also be imported. */
  public String create() {
    try {
      RoundView r = collection.create(new RoundInput(newSystem, otherName, label, newFiscalYear, dueDate, note),
          TextLines.submitters(submitters, kind), currentUser.actor());
      th.obec.esa.ict.web.shell.Messages.info("records.page.round.created", r.summary().label());
      RecordsPages.keepMessages();
      return "/records/round?faces-redirect=true&id=" + r.id();
    } catch (BusinessException e) {
      RecordsPages.error(e, "create");
      return null;
    }
  }

  public CentralSystem[] getSystems() {
    return CentralSystem.values();
  }

  public SubmitterKind[] getKinds() {
    return SubmitterKind.values();
  }

  public boolean isOfficer() {
    return currentUser.isInRole(Roles.ICT_OFFICER);
  }

  public Integer getFiscalYear() { return fiscalYear; }
  public void setFiscalYear(Integer v) { fiscalYear = v; }
  public CentralSystem getSystem() { return system; }
  public void setSystem(CentralSystem v) { system = v; }
  public List<RoundSummary> getRounds() { return rounds; }
  public List<OverdueReturn> getOverdue() { return overdue; }
  public CentralSystem getNewSystem() { return newSystem; }
  public void setNewSystem(CentralSystem v) { newSystem = v; }
  public String getOtherName() { return otherName; }
  public void setOtherName(String v) { otherName = v; }
  public String getLabel() { return label; }
  public void setLabel(String v) { label = v; }
  public Integer getNewFiscalYear() { return newFiscalYear; }
  public void setNewFiscalYear(Integer v) { newFiscalYear = v; }
  public LocalDate getDueDate() { return dueDate; }
  public void setDueDate(LocalDate v) { dueDate = v; }
  public String getNote() { return note; }
  public void setNote(String v) { note = v; }
  public SubmitterKind getKind() { return kind; }
  public void setKind(SubmitterKind v) { kind = v; }
  public String getSubmitters() { return submitters; }
  public void setSubmitters(String v) { submitters = v; }
}
