/**
 * The organisation of one office: units and their statutory duties, staff and positions, the
 * orders that assign duties and stand-ins, and the ICT group's work processes and forms.
 */
package th.obec.esa.ict.organization;
