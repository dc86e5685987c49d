/**
 * The organisation module's public API for other modules (delegation, assets, forms): who a
 * person is, who stands in for whom on a day and on which basis, who directs a unit. DTOs only,
 * never entities.
 */
package th.obec.esa.ict.organization.api;
