/** What other modules and the web layer call: the capture interface and the values it takes. */
package th.obec.esa.ict.traffic.api;
