/**
 * What the notifications module offers the pages and REST: each person's choice of how they hear
 * of decisions ({@link th.obec.esa.ict.notifications.api.MailPreferences}).
 */
package th.obec.esa.ict.notifications.api;
