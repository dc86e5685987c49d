package th.obec.esa.ict.forms.account;

import java.time.LocalDate;

/**
 * What an F09 card prints: the office, the holder's name, position and unit, the user id, the last
 * day it is valid, the address its QR code opens, the card's serial and who issued it (the ICT
 * officer who created the account, or null when unknown). Deliberately no citizen ID and no password.
 */
public record IdCard(String officeName, String thaiName, String englishName, String position, String unitName,
    String uid, LocalDate validUntil, String verifyUrl, String serial, String issuer) {}
