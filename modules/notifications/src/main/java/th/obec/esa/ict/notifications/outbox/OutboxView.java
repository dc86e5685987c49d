package th.obec.esa.ict.notifications.outbox;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** A row of the outbox, without its body. */
public record OutboxView(long id, String key, String recipientUid, String kind, String subject, String state,
    int attempts, OffsetDateTime nextAttemptAt, String sentTo, String lastError, OffsetDateTime createdAt,
    OffsetDateTime sentAt) implements Serializable {}
