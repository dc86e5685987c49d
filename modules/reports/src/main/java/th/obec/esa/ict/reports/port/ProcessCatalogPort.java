package th.obec.esa.ict.reports.port;

import java.util.List;

/** The 16 work processes of the ICT group and the forms each uses. */
public interface ProcessCatalogPort {

  /** All processes, in their order. */
  List<ProcessRef> processes();
}
