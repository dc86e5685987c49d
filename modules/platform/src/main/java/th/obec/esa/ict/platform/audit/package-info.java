/** The audit API: every state-changing action records who did it, for whom, when and on what basis. */
package th.obec.esa.ict.platform.audit;
