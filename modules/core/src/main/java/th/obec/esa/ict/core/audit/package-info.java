/** The audit trail: the implementation of the platform's {@code AuditTrail}, stored in {@code core_audit}. */
package th.obec.esa.ict.core.audit;
