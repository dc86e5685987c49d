/**
 * The printed reports (F15, F17) in the layout of a Thai official report: A4, margins 3/2/1.5/2
 * cm, 16 pt Thai font, bold headings, Thai digits by default, the ICT officer's signature and
 * space for the director's opinion.
 */
package th.obec.esa.ict.records.report;
