/**
 * Pages of the organisation: chart, staff directory, a person's page, orders (printable), "who
 * handles …?", the work-process catalogue and the order import. Thin: every rule is in the
 * organisation EJB module.
 */
package th.obec.esa.ict.web.organization;
