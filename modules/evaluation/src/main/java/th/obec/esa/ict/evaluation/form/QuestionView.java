package th.obec.esa.ict.evaluation.form;

/** An open question (number 1, 2 ...). */
public record QuestionView(long id, int number, String text) {}
