package th.obec.esa.ict.evaluation.form;

/** DRAFT (editable, not answerable) → OPEN (answerable, frozen) → CLOSED (read only). */
public enum EvaluationState {
  DRAFT, OPEN, CLOSED
}
