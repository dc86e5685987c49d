package th.obec.esa.ict.records.improvement;

import java.math.BigDecimal;

/**
 * An indicator with its change: {@code change} = after − before; {@code percentChange} = change /
 * before × 100 with one decimal, null when before is 0 (no base to compare with).
 */
public record IndicatorView(String name, BigDecimal before, BigDecimal after, String unit, BigDecimal change,
    BigDecimal percentChange) {}
