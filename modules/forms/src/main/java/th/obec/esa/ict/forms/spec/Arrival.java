package th.obec.esa.ict.forms.spec;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The goods have arrived: the date they were received, the FSN class and group their asset
 * numbers are given under, the budget, and where they are kept.
 */
public record Arrival(LocalDate acquiredOn, String fsnClass, String group, String budgetSource, String location,
    boolean atSchool) implements Serializable {}
