package th.obec.esa.ict.forms.api;

import java.io.Serializable;
import java.util.List;
import th.obec.esa.ict.forms.spec.OfferInput;

/**
 * An F07 being filed: the approved F06 it compares against, the offers received, the committee
 * that compared them (staff uids and seats) and the head of procurement (หัวหน้าเจ้าหน้าที่, order
 * 275/2561 duty 1.5) through whom the committee reports to the director.
 */
public record ComparisonRequest(long specId, String subject, String body, List<OfferInput> offers,
    List<CommitteeMemberInput> committee, String procurementHeadUid) implements Serializable {}
