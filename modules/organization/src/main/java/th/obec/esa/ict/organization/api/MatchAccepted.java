package th.obec.esa.ict.organization.api;

import java.io.Serializable;

/** A link made by the matching: the person, the uid before and after, and the account's state (ACTIVE, DISABLED). */
public record MatchAccepted(long staffId, String nameTh, String previousUid, String uid, String state, boolean changed)
    implements Serializable {}
