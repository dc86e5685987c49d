package th.obec.esa.ict.organization.api;

import java.util.Map;

/**
 * What the administrator sets.
 *
 * @param unitPrefixes unit code to its own prefix; a blank or missing one numbers under the office's
 * @param expectedVersion the settings' version as read, null to skip the check
 */
public record DocumentSettingsInput(YearBasis yearBasis, boolean perUnitPrefixes, boolean thaiDigits,
    Map<String, String> unitPrefixes, Long expectedVersion) {}
