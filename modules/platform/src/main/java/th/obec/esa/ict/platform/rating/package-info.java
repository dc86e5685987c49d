/** Rating scales: how a 5-level mean is read (เกณฑ์การแปลผล). */
package th.obec.esa.ict.platform.rating;
