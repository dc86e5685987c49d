package th.obec.esa.ict.traffic.api;

/** What happened: a request, or one of the sign-in events the law asks to identify users by. */
public enum TrafficKind {
  REQUEST, SIGN_IN, SIGN_IN_FAILED, SIGN_OUT
}
