/**
 * The assets module: the specification catalogue with the government's reference prices, and the
 * office's asset register with each asset's status and history.
 */
package th.obec.esa.ict.assets;
