package th.obec.esa.ict.forms.account;

import java.time.LocalDate;

/**
 * What the verification page tells whoever scans a card: whose it is, and whether it is valid
 * today (account exists and the card has not run out). Nothing more of the person.
 */
public record CardCheck(String uid, String thaiName, String position, String unitName, LocalDate validUntil,
    boolean valid) {}
