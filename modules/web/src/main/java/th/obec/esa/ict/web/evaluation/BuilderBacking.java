package th.obec.esa.ict.web.evaluation;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import th.obec.esa.ict.evaluation.form.EvaluationForm;
import th.obec.esa.ict.evaluation.form.EvaluationInput;
import th.obec.esa.ict.evaluation.form.EvaluationService;
import th.obec.esa.ict.evaluation.form.EvaluationView;
import th.obec.esa.ict.evaluation.form.InputRejectedException;
import th.obec.esa.ict.evaluation.form.RespondentGroup;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.platform.time.FiscalYear;
import th.obec.esa.ict.platform.time.OfficeTime;
import th.obec.esa.ict.web.shell.CurrentUser;
import th.obec.esa.ict.web.shell.Messages;
import th.obec.esa.ict.web.shell.ThaiFormat;

/**
 * /evaluation/edit.xhtml(?id=): an ICT officer builds an evaluation: its form, title, subject,
 * respondent groups, sections of rating items (one per line) and open questions. Editable while
 * it is a draft; every problem is shown next to its field at once.
 */
@Named
@ViewScoped
public class BuilderBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  private EvaluationService evaluations;

  @Inject
  private CurrentUser currentUser;

  private Long id;
  private long version;
  private EvaluationForm form = EvaluationForm.F22;
  private String title;
  private String description;
  private Integer fiscalYear = FiscalYear.of(LocalDate.now(OfficeTime.ZONE)).buddhistYear();
  private String subject;
  private List<RespondentGroup> groups = new ArrayList<>(List.of(RespondentGroup.OFFICE_STAFF));
  private LocalDate plannedClose;
  private List<SectionRow> sections = new ArrayList<>(List.of(new SectionRow()));
  private String questions;
  private final Problems problems = new Problems();

  public void load() {
    if (id == null) {
      return;
    }
    try {
      EvaluationView v = evaluations.get(id, currentUser.actor());
      version = v.version();
      form = v.form();
      title = v.title();
      description = v.description();
      fiscalYear = v.fiscalYear();
      subject = v.subject();
      groups = new ArrayList<>(v.groups());
      plannedClose = v.plannedClose();
      sections = new ArrayList<>(v.sections().stream().map(SectionRow::of).toList());
      questions = String.join("\n", v.questions().stream().map(q -> q.text()).toList());
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public void addSection() {
    sections.add(new SectionRow());
  }

  public void removeSection(SectionRow row) {
    sections.remove(row);
  }

  public String save() {
    problems.clear();
    Set<RespondentGroup> chosen = groups.isEmpty() ? EnumSet.noneOf(RespondentGroup.class) : EnumSet.copyOf(groups);
    EvaluationInput input = new EvaluationInput(form, title, description, fiscalYear, subject, chosen, plannedClose,
        sections.stream().map(SectionRow::input).toList(), SectionRow.lines(questions));
    try {
      EvaluationView v = id == null ? evaluations.create(input, currentUser.actor())
          : evaluations.update(id, input, currentUser.actor());
      Messages.info("evaluation.page.saved", v.title());
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/evaluation/view?faces-redirect=true&id=" + v.id();
    } catch (InputRejectedException e) {
      problems.add(e);
      Messages.error("evaluation.page.problems", problems.size());
      return null;
    } catch (BusinessException e) {
      Messages.error(e);
      return null;
    }
  }

  public List<EvaluationForm> getForms() {
    return List.of(EvaluationForm.values());
  }

  public List<RespondentGroup> getAllGroups() {
    return List.of(RespondentGroup.values());
  }

  public Problems getProblems() { return problems; }
  public Long getId() { return id; }
  public void setId(Long v) { id = v; }
  public long getVersion() { return version; }
  public EvaluationForm getForm() { return form; }
  public void setForm(EvaluationForm v) { form = v; }
  public String getTitle() { return title; }
  public void setTitle(String v) { title = v; }
  public String getDescription() { return description; }
  public void setDescription(String v) { description = v; }
  public Integer getFiscalYear() { return fiscalYear; }
  public void setFiscalYear(Integer v) { fiscalYear = v; }
  public String getSubject() { return subject; }
  public void setSubject(String v) { subject = v; }
  public List<RespondentGroup> getGroups() { return groups; }
  public void setGroups(List<RespondentGroup> v) { groups = v; }
  public LocalDate getPlannedClose() { return plannedClose; }
  public void setPlannedClose(LocalDate v) { plannedClose = v; }
  public List<SectionRow> getSections() { return sections; }
  public String getQuestions() { return questions; }
  public void setQuestions(String v) { questions = v; }
}
