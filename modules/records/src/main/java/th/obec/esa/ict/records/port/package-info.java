/**
 * What the records module needs from the rest of the application. The lead implements each in
 * modules/integration as {@code @Stateless @Local(Port.class)}; the tests have in-memory doubles.
 */
package th.obec.esa.ict.records.port;
