/**
 * Staff and positions: who works in which unit under which position number, the directory uid
 * that links a person to their sign-in, and people known only from a clause ("needs review").
 */
package th.obec.esa.ict.organization.staff;
