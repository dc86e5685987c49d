package th.obec.esa.ict.records.report;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import th.obec.esa.ict.platform.pdf.ThaiFonts;
import th.obec.esa.ict.organization.api.OfficeDocuments;
import th.obec.esa.ict.organization.api.Units;

/**
 * What a printed report needs from the installation: the Thai fonts ({@value ThaiFonts#FONT_KEY},
 * {@value ThaiFonts#BOLD_FONT_KEY}), the office's name, and whether to print Thai digits (the
 * office's setting "Thai digits on documents", on by default as on official documents).
 */
@ApplicationScoped
public class ReportSetup {

  @EJB
  private Units units;

  @EJB
  private OfficeDocuments office;

  /** Fresh fonts for one document (OpenPDF fonts are not shared between threads). */
  public ThaiFonts fonts() {
    Config c = ConfigProvider.getConfig();
    return ThaiFonts.load(c.getOptionalValue(ThaiFonts.FONT_KEY, String.class).orElse(ThaiFonts.DEFAULT_FONT),
        c.getOptionalValue(ThaiFonts.BOLD_FONT_KEY, String.class).orElse(ThaiFonts.DEFAULT_BOLD_FONT));
  }

  public ReportHead head() {
    boolean thai = office.thaiDigits();
    return new ReportHead(units.officeRef().nameTh(), Units.ictUnitName(units.unitByCode(Units.ICT_UNIT_CODE)), thai);
  }
}
