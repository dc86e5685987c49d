/** How long the record is kept: the legal minimum, official extensions, and the daily purge that keeps the chain verifiable. */
package th.obec.esa.ict.traffic.retention;
