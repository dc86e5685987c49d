package th.obec.esa.ict.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import th.obec.esa.ict.platform.time.ThaiDates;

/**
 * The one converter for dates: inputs read and write "16/10/2561" (day/month/B.E. year, Thai
 * digits accepted); outputs show "16 ต.ค. 2561" (or "16 Oct 2561 BE" in English).
 */
@FacesConverter("thaiDate")
public class ThaiDateConverter implements Converter<LocalDate> {

  @Override
  public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return ThaiDates.parse(value);
    } catch (IllegalArgumentException e) {
      String text = Messages.text("converter.date.invalid", value);
      throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), e);
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
    if (value == null) {
      return "";
    }
    if (component instanceof UIInput) {
      return ThaiDates.formatNumeric(value);
    }
    return ThaiDates.formatShort(value, context.getViewRoot().getLocale());
  }
}
