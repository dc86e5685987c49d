/** REST resources of the catalogue and the asset register: read-only lookups for scripts and other systems. */
package th.obec.esa.ict.web.api.assets;
