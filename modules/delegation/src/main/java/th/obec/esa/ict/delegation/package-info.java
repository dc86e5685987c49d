/** Who may act for whom: absences, delegations of authority, stand-ins by order, and the one authority check. */
package th.obec.esa.ict.delegation;
