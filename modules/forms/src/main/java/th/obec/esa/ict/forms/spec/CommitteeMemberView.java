package th.obec.esa.ict.forms.spec;

import th.obec.esa.ict.forms.api.CommitteeRole;
import java.io.Serializable;

/**
 * A signer of the F07 as printed: the committee's members in seat order, or the head of
 * procurement (role null), with name and position as the staff list gave them when the F07 was filed.
 */
public record CommitteeMemberView(int seatNo, String uid, String name, String position, CommitteeRole role)
    implements Serializable {}
