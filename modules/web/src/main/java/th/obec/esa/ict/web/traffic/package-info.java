/** The traffic record in the web layer: the filter that captures every request, the auditors' pages, the capture's health. */
package th.obec.esa.ict.web.traffic;
