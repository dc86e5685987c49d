package th.obec.esa.ict.forms.port;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One asset to put in the register when bought goods arrive: the register gives it the next
 * number of the FSN class and group in the acquisition's fiscal year.
 *
 * @param procurementRef the spec or comparison it was bought under ("F07 ศธ 04086/12")
 * @param atSchool whether {@code location} is a school (else a room of the office)
 */
public record AssetRegistration(String fsnClass, String group, String name, Long catalogItemId, Long editionId,
    LocalDate acquiredOn, BigDecimal price, String budgetSource, String procurementRef, String location,
    boolean atSchool) implements Serializable {}
