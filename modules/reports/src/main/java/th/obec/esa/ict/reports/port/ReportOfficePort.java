package th.obec.esa.ict.reports.port;

/** The office, its ICT group and who signs the F21 (organization module). */
public interface ReportOfficePort {

  ReportOffice office();

  /** The office's setting "Thai digits on documents" (form codes and record numbers keep Arabic digits). */
  boolean thaiDigits();
}
