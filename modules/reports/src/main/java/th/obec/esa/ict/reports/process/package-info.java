/**
 * Each of the ICT group's 16 work processes with its live cases: the requests, evaluations,
 * return rounds, studies and improvements filed under its forms, gathered from every source that
 * implements {@link th.obec.esa.ict.reports.port.CasesPort}, and the generated reports (F10, F12,
 * F15, F17, F21) that apply to it. Read-only.
 */
package th.obec.esa.ict.reports.process;
