/**
 * What other modules may use: the local business interfaces of the register and the catalogue,
 * with plain value types, so that no other module touches this module's entities.
 */
package th.obec.esa.ict.assets.api;
