/** REST of acting for others: absences, delegations, who acts ({@code /api/acting}) and the acting record ({@code /api/audit}). */
package th.obec.esa.ict.web.api.delegation;
