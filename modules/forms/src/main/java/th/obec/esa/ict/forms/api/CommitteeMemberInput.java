package th.obec.esa.ict.forms.api;

import java.io.Serializable;

/** A person of the staff list (by directory uid) named to the comparison's committee in a role. */
public record CommitteeMemberInput(String uid, CommitteeRole role) implements Serializable {}
