/** REST (JSON) of the organisation: units, staff, orders, work processes and forms; read-only. */
package th.obec.esa.ict.web.api.organization;
