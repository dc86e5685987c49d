/**
 * The office, its units and sub-units with their statutory duties from the announcements that
 * define them, and the organisation chart (units, their acting directors, their staff).
 */
package th.obec.esa.ict.organization.unit;
