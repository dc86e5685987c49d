package th.obec.esa.ict.web.security;

import java.io.Serializable;
import java.util.Set;

/** Who signed in through the form, kept in the HTTP session (serialisable for session replication). */
record SessionIdentity(String uid, Set<String> roles) implements Serializable {}
