/**
 * F04 loans: booking ahead without overlaps, the availability calendar, hand-out and return
 * with a condition check, and the daily search for overdue loans.
 */
package th.obec.esa.ict.forms.loan;
