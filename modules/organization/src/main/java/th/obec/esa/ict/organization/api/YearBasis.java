package th.obec.esa.ict.organization.api;

/** When the office's letter numbers start again at 1: the fiscal year (1 October) or the calendar year (1 January). */
public enum YearBasis {
  FISCAL_YEAR, CALENDAR_YEAR
}
