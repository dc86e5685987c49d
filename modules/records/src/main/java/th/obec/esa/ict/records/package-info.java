/**
 * The ICT group's records of its MIS and improvement work: F01 data-collection rounds to the
 * central database programs (process 2), F13 studies with their F15 reports (process 12), F16
 * ICT improvements with their F17 reports (process 13), and the figures other modules read.
 */
package th.obec.esa.ict.records;
