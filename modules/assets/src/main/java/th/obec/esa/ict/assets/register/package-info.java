/**
 * The asset register: assets with the office's asset numbers, their status and its allowed
 * transitions, custodian and location, and the history of every change.
 */
package th.obec.esa.ict.assets.register;
