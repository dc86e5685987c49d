/**
 * Notifications by mail (issue 18): what waits for someone, their requests decided, loans,
 * accesses, F01 returns and evaluations, sent as one daily digest per person or, for decisions,
 * at once when the person chooses; queued in an outbox table and sent by a timer. Off (nothing
 * queued, nothing logged) while no SMTP server is configured.
 */
package th.obec.esa.ict.notifications;
