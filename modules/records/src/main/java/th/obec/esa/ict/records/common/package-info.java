/** What the records share: the clock, the running numbers per fiscal year, text checks, states. */
package th.obec.esa.ict.records.common;
