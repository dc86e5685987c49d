package th.obec.esa.ict.forms.api;

import java.io.Serializable;

/**
 * A request waiting for someone, as their inbox shows it.
 *
 * @param task REVIEW, APPROVE, ASSIGN, CARRY_OUT or CORRECT
 * @param actingFor for an approval offered only acting for someone (stand-in, delegate), that
 *     person's user id; null when the person may decide in their own right
 */
public record WaitingTask(long submissionId, String form, String formName, String numberText, String subject,
    String requesterName, String task, String actingFor) implements Serializable {}
