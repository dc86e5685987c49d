/** Pages of acting for others: absences, delegations, who acts for whom, the acting record, and the acting switch. */
package th.obec.esa.ict.web.delegation;
