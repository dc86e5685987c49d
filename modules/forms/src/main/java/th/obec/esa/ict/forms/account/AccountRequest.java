package th.obec.esa.ict.forms.account;

import java.util.Set;

/**
 * The F08 form's own fields: the person the account is for (names, position, their unit or school),
 * the user id wanted, mail, the services and the reason. No citizen ID: the office identifies the
 * person by the requester's signature and the approval, not by a national number.
 */
public record AccountRequest(String accountUid, String thaiName, String englishName, String position,
    String unitName, String mail, Set<ServiceWanted> services, String reason) {}
