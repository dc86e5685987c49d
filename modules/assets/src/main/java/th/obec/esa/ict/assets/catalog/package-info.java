/**
 * Editions of the MDES reference-price list, their items with spec lines and prices, the
 * comparison of two editions, and search and price history across editions.
 */
package th.obec.esa.ict.assets.catalog;
