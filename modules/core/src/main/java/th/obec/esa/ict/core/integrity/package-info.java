/** The key of the tamper-evident chains (traffic record, audit trail): kept outside the database. */
package th.obec.esa.ict.core.integrity;
