/** REST over the records module (/api/records): F01 rounds and returns, F13/F15 studies, F16/F17 improvements. */
package th.obec.esa.ict.web.api.records;
