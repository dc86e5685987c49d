/**
 * The rules of acting for someone as pure Java over a snapshot of the facts ({@link th.obec.esa.ict.delegation.rules.Facts}):
 * who acts, whether an actor may, whether a new delegation is valid. No database, no container: unit-tested exhaustively.
 */
package th.obec.esa.ict.delegation.rules;
