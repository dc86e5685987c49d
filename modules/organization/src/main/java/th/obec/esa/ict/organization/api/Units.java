package th.obec.esa.ict.organization.api;

import java.util.List;
import java.util.Optional;

/** The office and its units, by code, for modules that name units by code (delegation, forms). */
public interface Units {

  OfficeRef officeRef();

  /** Units and sub-units, in the order of the announcement. */
  List<UnitRef> allUnits();

  Optional<UnitRef> unitByCode(String code);

  Optional<UnitRef> unitById(long id);
}
