/** In-memory stand-ins for the ports, for unit tests and the Arquillian deployment only. */
package th.obec.esa.ict.forms.testdoubles;
