package th.obec.esa.ict.forms.api;

import java.io.Serializable;

/**
 * A work process a request of some form may be filed under (the manual's section ๗ of each
 * process names the forms it uses).
 *
 * @param byDefault whether a new request of the form starts under it
 */
public record ProcessOption(int number, String nameTh, String nameEn, boolean byDefault) implements Serializable {}
