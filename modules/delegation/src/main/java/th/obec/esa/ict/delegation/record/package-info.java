/** The record of everything done acting for someone (who really acted, for whom, on what basis), with its CSV export. */
package th.obec.esa.ict.delegation.record;
