package th.obec.esa.ict.forms.repair;

import th.obec.esa.ict.forms.submission.FormDetail;

/**
 * F03: what is broken. Either {@code assetId} names an asset of the register, or
 * {@code describedItem} describes equipment that is not registered (a school's own printer).
 */
public record RepairRequest(Long assetId, String describedItem, String location, String symptoms) implements FormDetail {}
