package th.obec.esa.ict.reports.year;

import java.math.BigDecimal;

/**
 * The usual interpretation of a mean on a 5-level rating scale in Thai evaluation reports:
 * 4.51–5.00 มากที่สุด, 3.51–4.50 มาก, 2.51–3.50 ปานกลาง, 1.51–2.50 น้อย, 1.00–1.50 น้อยที่สุด.
 * Used where the evaluation module gave no band, and for the mean over all evaluations.
 */
public enum Band {
  HIGHEST("มากที่สุด", "highest", "4.51"),
  HIGH("มาก", "high", "3.51"),
  MEDIUM("ปานกลาง", "medium", "2.51"),
  LOW("น้อย", "low", "1.51"),
  LOWEST("น้อยที่สุด", "lowest", "0");

  private final String th;
  private final String en;
  private final BigDecimal from;

  Band(String th, String en, String from) {
    this.th = th;
    this.en = en;
    this.from = new BigDecimal(from);
  }

  public String th() {
    return th;
  }

  public String en() {
    return en;
  }

  /** The band of a mean (compared at two decimals, as printed); null for no mean. */
  public static Band of(BigDecimal mean) {
    if (mean == null) {
      return null;
    }
    BigDecimal m = mean.setScale(2, java.math.RoundingMode.HALF_UP);
    for (Band b : values()) {
      if (m.compareTo(b.from) >= 0) {
        return b;
      }
    }
    return LOWEST;
  }
}
