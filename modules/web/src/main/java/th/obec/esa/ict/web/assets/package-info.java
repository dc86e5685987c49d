/**
 * Pages of the catalogue and the asset register (/assets/…): browsing editions, the asset list,
 * an asset with its history, imports and exports, and printable labels.
 */
package th.obec.esa.ict.web.assets;
