/**
 * Reading an edition from a CSV or XLSX file and checking every row before anything is saved,
 * so that a file is taken whole or not at all, with a report naming each rejected row.
 */
package th.obec.esa.ict.assets.catalog.imports;
