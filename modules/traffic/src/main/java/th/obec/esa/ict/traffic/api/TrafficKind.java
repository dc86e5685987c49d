package th.obec.esa.ict.traffic.api;

/**
 * What happened: a request, or one of the sign-in events the law asks to identify users by; GAP
 * records, chained like any line, that the capture queue was full and dropped lines (the count in
 * {@code bytes}), so a loss is never silent.
 */
public enum TrafficKind {
  REQUEST, SIGN_IN, SIGN_IN_FAILED, SIGN_OUT, GAP
}
