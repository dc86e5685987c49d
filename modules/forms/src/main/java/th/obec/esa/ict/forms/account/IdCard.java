package th.obec.esa.ict.forms.account;

import java.time.LocalDate;

/**
 * What an F09 card prints: the office, the holder's name, position and unit, the user id, the last
 * day it is valid and the address its QR code opens. Deliberately no citizen ID and no password.
 */
public record IdCard(String officeName, String thaiName, String englishName, String position, String unitName,
    String uid, LocalDate validUntil, String verifyUrl) {}
