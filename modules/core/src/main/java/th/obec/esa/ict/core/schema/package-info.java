/** The one data source and the Flyway migrations applied at start-up. */
package th.obec.esa.ict.core.schema;
