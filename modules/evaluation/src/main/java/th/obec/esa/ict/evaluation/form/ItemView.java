package th.obec.esa.ict.evaluation.form;

/**
 * A rating item. {@code number} runs 1, 2, 3 ... across all sections (ข้อ), as the form prints it.
 */
public record ItemView(long id, int number, String text) {}
