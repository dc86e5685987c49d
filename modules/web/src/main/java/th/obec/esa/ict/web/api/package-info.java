/** The REST API under {@code /api}, described at {@code /openapi}; HTTP Basic with a directory account. */
package th.obec.esa.ict.web.api;
