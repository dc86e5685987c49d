/**
 * Pages of the records module: F01 collection rounds of the central databases, F13/F15 studies
 * and F16/F17 improvements.
 */
package th.obec.esa.ict.web.records;
