package th.obec.esa.ict.forms.register;

import java.math.BigDecimal;
import java.time.LocalDate;
import th.obec.esa.ict.forms.catalog.FormCode;
import th.obec.esa.ict.forms.workflow.State;

/**
 * One accepted row of a register file, read and checked: what becomes a closed submission.
 *
 * @param line the spreadsheet's line (header = 1)
 * @param number the printed letter number, Arabic digits, single spaces ("ศธ 04086/123")
 * @param unit the requester's unit or school as the book has it; null when not given
 * @param outcome a final state
 * @param decidedOn approval or rejection day; null when not given
 * @param partsCost F03 only; null when not given
 */
public record RegisterRow(int line, FormCode form, String number, LocalDate filedOn, String requester,
    String position, String unit, String subject, State outcome, LocalDate decidedOn, LocalDate closedOn,
    BigDecimal amount, BigDecimal partsCost, String note) {}
