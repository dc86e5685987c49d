/** The hash chain that makes the record tamper-evident: hashing, appending in batches, verifying. */
package th.obec.esa.ict.traffic.chain;
