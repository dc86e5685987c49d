/**
 * What this module needs from the organisation, delegation and assets modules, as small
 * interfaces the application wires to them; the forms never depend on their code.
 */
package th.obec.esa.ict.forms.port;
