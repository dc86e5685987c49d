/** REST access to the traffic record for auditors: search, export for an official request, verification. */
package th.obec.esa.ict.web.api.traffic;
