/**
 * The ICT group's 16 work processes (objectives, scope, definition, steps, forms, references)
 * and the catalogue of the 22 forms they use, read-only reference data from the manual.
 */
package th.obec.esa.ict.organization.process;
