/**
 * The manual's forms (F01–F22) filed online: submissions, their review and approval, running
 * letter numbers, and the official memo each one prints as.
 */
package th.obec.esa.ict.forms;
