package th.obec.esa.ict.delegation.rules;

import java.io.Serializable;
import java.math.BigDecimal;
import th.obec.esa.ict.delegation.api.PowerLevel;

/** A named power as the rules need it: whose it is by position, and that holder's own ceiling (null: none). */
public record PowerDef(String code, String nameTh, PowerLevel level, BigDecimal holderCeiling) implements Serializable {}
