/** The authority check every module calls, "who acts" resolution and the acting options, over the stored facts. */
package th.obec.esa.ict.delegation.authority;
