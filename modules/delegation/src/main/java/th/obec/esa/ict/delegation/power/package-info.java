/** The catalogue of named powers the forms need (approve a repair, sign a report…), open to extension. */
package th.obec.esa.ict.delegation.power;
