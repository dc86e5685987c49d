package th.obec.esa.ict.evaluation.report;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import th.obec.esa.ict.evaluation.form.EvaluationView;
import th.obec.esa.ict.evaluation.form.RespondentGroup;
import th.obec.esa.ict.platform.rating.Band;
import th.obec.esa.ict.evaluation.stats.ScoreStats;

/**
 * Everything the F12 page, PDF and workbook show.
 *
 * @param evaluation the header (form, title, subject, fiscal year, state, dates) and its questions
 * @param respondents how many sheets
 * @param byGroup respondents per allowed group (zero counts included), with percentages
 * @param firstAnswerAt the period answered, from (null without answers)
 * @param lastAnswerAt the period answered, to (null without answers)
 * @param sections per section: its items' statistics and the section's pooled total
 * @param overall all ratings of all items pooled
 * @param overallByGroup the overall figures per respondent group that answered
 * @param openQuestions each question with its answers grouped, most frequent first
 * @param criteria the interpretation bands, highest first, to print under the tables
 */
public record F12Report(EvaluationView evaluation, int respondents, List<GroupCount> byGroup,
    OffsetDateTime firstAnswerAt, OffsetDateTime lastAnswerAt, List<SectionResult> sections, ScoreStats overall,
    List<GroupResult> overallByGroup, List<OpenQuestionResult> openQuestions, List<Band> criteria) {

  public F12Report {
    byGroup = List.copyOf(byGroup);
    sections = List.copyOf(sections);
    overallByGroup = List.copyOf(overallByGroup);
    openQuestions = List.copyOf(openQuestions);
    criteria = List.copyOf(criteria);
  }

  /** Respondents of one group. */
  public record GroupCount(RespondentGroup group, int count, BigDecimal percent) {}

  /** The overall figures of one group's sheets. */
  public record GroupResult(RespondentGroup group, ScoreStats stats) {}

  /** A section: items in order, and the section's total over all its ratings pooled. */
  public record SectionResult(long sectionId, int number, String title, List<ItemResult> items, ScoreStats total) {
    public SectionResult {
      items = List.copyOf(items);
    }
  }

  /** An item (ข้อ number, across sections) and its statistics. */
  public record ItemResult(long itemId, int number, String text, ScoreStats stats) {}

  /** An open question, how many answered it, and the answers grouped. */
  public record OpenQuestionResult(long questionId, int number, String text, int answered,
      List<GroupedAnswer> answers) {
    public OpenQuestionResult {
      answers = List.copyOf(answers);
    }
  }

  /** An answer text and how many gave it (identical after trimming, white space and case). */
  public record GroupedAnswer(String text, int count) {}
}
