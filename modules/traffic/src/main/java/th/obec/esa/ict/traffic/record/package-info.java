/** Reading the record: search, export for an official request, verification; auditors only, each reading audited. */
package th.obec.esa.ict.traffic.record;
