package th.obec.esa.ict.organization.api;

import java.io.Serializable;

/**
 * The office as other modules see it. {@code letterNumberPrefix} (such as "ศธ 04xxx") is null until
 * an organisation administrator records it: the manual does not print it.
 */
public record OfficeRef(String code, String nameTh, String shortNameTh, String abbreviationTh,
    String letterNumberPrefix, Long directorStaffId) implements Serializable {}
