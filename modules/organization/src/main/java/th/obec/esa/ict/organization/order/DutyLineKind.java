package th.obec.esa.ict.organization.order;

/** A numbered duty ("1.2.1"), or an unnumbered list line printed under one ("-", "1."). */
public enum DutyLineKind {
  DUTY,
  ITEM
}
