package th.obec.esa.ict.evaluation.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import th.obec.esa.ict.evaluation.answer.AnswerSheet;
import th.obec.esa.ict.evaluation.form.EvaluationView;
import th.obec.esa.ict.evaluation.form.ItemView;
import th.obec.esa.ict.evaluation.form.QuestionView;
import th.obec.esa.ict.evaluation.form.RespondentGroup;
import th.obec.esa.ict.evaluation.form.SectionView;
import th.obec.esa.ict.platform.rating.Band;
import th.obec.esa.ict.evaluation.stats.ScoreStats;
import th.obec.esa.ict.evaluation.stats.Statistics;

/**
 * Computes the F12 from an evaluation and its sheets. Pure. Section and overall figures pool all
 * the ratings of the section's items (or of all items), see {@link Statistics}.
 */
public final class F12Composer {

  private F12Composer() {}

  public static F12Report compose(EvaluationView ev, List<AnswerSheet> sheets) {
    int n = sheets.size();
    List<F12Report.GroupCount> byGroup = new ArrayList<>();
    for (RespondentGroup g : RespondentGroup.values()) {
      int count = (int) sheets.stream().filter(s -> s.group() == g).count();
      if (ev.groups().contains(g) || count > 0) {
        byGroup.add(new F12Report.GroupCount(g, count, n == 0 ? BigDecimal.ZERO.setScale(2)
            : BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP)));
      }
    }
    OffsetDateTime first = sheets.stream().map(AnswerSheet::submittedAt).min(Comparator.naturalOrder()).orElse(null);
    OffsetDateTime last = sheets.stream().map(AnswerSheet::submittedAt).max(Comparator.naturalOrder()).orElse(null);

    List<F12Report.SectionResult> sections = new ArrayList<>();
    for (SectionView s : ev.sections()) {
      List<F12Report.ItemResult> items = new ArrayList<>();
      List<List<Integer>> sectionScores = new ArrayList<>();
      for (ItemView i : s.items()) {
        List<Integer> scores = scores(sheets, i.id());
        sectionScores.add(scores);
        items.add(new F12Report.ItemResult(i.id(), i.number(), i.text(), Statistics.of(scores)));
      }
      sections.add(new F12Report.SectionResult(s.id(), s.number(), s.title(), items,
          Statistics.pooled(sectionScores)));
    }
    ScoreStats overall = Statistics.of(allScores(ev, sheets));

    List<F12Report.GroupResult> overallByGroup = new ArrayList<>();
    for (RespondentGroup g : RespondentGroup.values()) {
      List<AnswerSheet> ofGroup = sheets.stream().filter(s -> s.group() == g).toList();
      if (!ofGroup.isEmpty()) {
        overallByGroup.add(new F12Report.GroupResult(g, Statistics.of(allScores(ev, ofGroup))));
      }
    }

    List<F12Report.OpenQuestionResult> questions = new ArrayList<>();
    for (QuestionView q : ev.questions()) {
      List<String> texts = sheets.stream().map(s -> s.openAnswers().get(q.id())).filter(Objects::nonNull).toList();
      questions.add(new F12Report.OpenQuestionResult(q.id(), q.number(), q.text(), texts.size(), group(texts)));
    }
    return new F12Report(ev, n, byGroup, first, last, sections, overall, overallByGroup, questions,
        Arrays.asList(Band.values()));
  }

  private static List<Integer> scores(List<AnswerSheet> sheets, long itemId) {
    return sheets.stream().map(s -> s.ratings().get(itemId)).filter(Objects::nonNull).toList();
  }

  private static List<Integer> allScores(EvaluationView ev, List<AnswerSheet> sheets) {
    List<Integer> all = new ArrayList<>();
    for (ItemView i : ev.items()) {
      all.addAll(scores(sheets, i.id()));
    }
    return all;
  }

  /**
   * Identical answers grouped: compared trimmed, with runs of white space as one space and case
   * folded; shown as first given. Most frequent first, then in the order first given.
   */
  static List<F12Report.GroupedAnswer> group(List<String> texts) {
    Map<String, String> shown = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String t : texts) {
      String display = t.strip().replaceAll("\\s+", " ");
      if (display.isEmpty()) {
        continue;
      }
      String key = display.toLowerCase(Locale.ROOT);
      shown.putIfAbsent(key, display);
      counts.merge(key, 1, Integer::sum);
    }
    List<String> order = new ArrayList<>(counts.keySet());
    List<F12Report.GroupedAnswer> out = new ArrayList<>();
    order.stream().sorted(Comparator.comparing((String k) -> -counts.get(k)).thenComparing(order::indexOf))
        .forEach(k -> out.add(new F12Report.GroupedAnswer(shown.get(k), counts.get(k))));
    return out;
  }
}
