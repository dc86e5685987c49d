/**
 * The records' figures for other modules (F10/F12/F21 summaries, dashboards): read-only, without
 * an Actor — the callers check who may see them. Kept small and stable on purpose.
 */
package th.obec.esa.ict.records.api;
