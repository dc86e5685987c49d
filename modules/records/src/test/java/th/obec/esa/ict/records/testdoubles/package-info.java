/** In-memory doubles of the records module's ports and clock for the integration test. */
package th.obec.esa.ict.records.testdoubles;
