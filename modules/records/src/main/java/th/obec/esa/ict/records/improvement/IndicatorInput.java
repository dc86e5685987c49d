package th.obec.esa.ict.records.improvement;

import java.math.BigDecimal;

/** A measured indicator as typed: e.g. "เวลาออกเลขหนังสือ", 15 before, 2 after, "นาที". */
public record IndicatorInput(String name, BigDecimal before, BigDecimal after, String unit) {}
