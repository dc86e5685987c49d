package th.obec.esa.ict.delegation.api;

import java.io.Serializable;
import java.math.BigDecimal;

/** A named power of the catalogue. */
public record PowerView(String code, String nameTh, String nameEn, String formCodes, PowerLevel level,
    BigDecimal holderCeiling) implements Serializable {}
