package th.obec.esa.ict.forms.spec;

import java.io.Serializable;

/** A vendor's answer to spec line {@code lineNo} of the offered item. */
public record AnswerInput(int lineNo, Answer answer, String note) implements Serializable {}
