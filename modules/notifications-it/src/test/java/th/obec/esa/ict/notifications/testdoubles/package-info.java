/** The providers' api interfaces as the notifications' integration test sets them up, and its switches. */
package th.obec.esa.ict.notifications.testdoubles;
