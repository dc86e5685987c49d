package th.obec.esa.ict.notifications.digest;

/** A mail's subject and plain-text body. */
public record Mail(String subject, String body) {}
