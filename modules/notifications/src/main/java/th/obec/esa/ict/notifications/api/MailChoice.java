package th.obec.esa.ict.notifications.api;

import java.io.Serializable;

/**
 * How a person hears of things by mail.
 *
 * @param immediateDecisions decisions waiting for them and on their own requests by mail at once
 *     (besides the daily digest of everything else); false = all in the daily digest
 * @param mailOn whether the office has an SMTP server configured (no mail at all otherwise)
 * @param address the person's mail address in the directory, or null (then no mail reaches them)
 */
public record MailChoice(boolean immediateDecisions, boolean mailOn, String address) implements Serializable {}
