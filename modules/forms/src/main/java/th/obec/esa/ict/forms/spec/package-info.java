/**
 * F06 (a purchase spec against the reference-price catalogue, with written reasons for every
 * price above the reference and every line below the catalogue's minimum) and F07 (vendors'
 * offers checked against it line by line), and the assets registered from them on arrival.
 */
package th.obec.esa.ict.forms.spec;
