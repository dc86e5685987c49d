package th.obec.esa.ict.records.collection;

import java.util.List;

/** A round with every expected return (units first, then schools, by code). */
public record RoundView(RoundSummary summary, List<ReturnView> returns) {

  public RoundView {
    returns = List.copyOf(returns);
  }

  public long id() {
    return summary.id();
  }
}
