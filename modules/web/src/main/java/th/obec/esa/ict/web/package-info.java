/** The web module: pages, REST resources, sign-in and health. Thin: rules live in the EJB modules. */
package th.obec.esa.ict.web;
