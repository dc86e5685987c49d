/**
 * Book values by straight-line depreciation, for the asset categories where the office keeps a
 * policy (useful life and salvage value).
 */
package th.obec.esa.ict.assets.depreciation;
