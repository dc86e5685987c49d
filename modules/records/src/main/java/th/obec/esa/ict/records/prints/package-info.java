/** Prints of the F13 and F16 records themselves, offered to other modules as {@code api.RecordPrints}. */
package th.obec.esa.ict.records.prints;
