package th.obec.esa.ict.forms.port;

/**
 * A letter register as the office set it.
 *
 * @param prefix what is printed before the slash, Arabic digits ("ศธ 04086")
 * @param calendarYear true: numbers restart on 1 January; false: on 1 October (fiscal year); null:
 *     the installation's configured default
 */
public record LetterRegister(String prefix, Boolean calendarYear) {}
