package th.obec.esa.ict.traffic.record;

import th.obec.esa.ict.platform.BusinessException;

/** An export was asked for without the official request it answers (its letter or order number). */
public class ExportRequiredException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public ExportRequiredException() {
    super(field("officialRequest"), "traffic.export.requestRequired");
  }
}
