package th.obec.esa.ict.delegation.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One action done acting for someone: who really acted, for whom, on what basis, on what;
 * {@code thirdPartyAbsence} when it was done under an absence that someone other than the absent
 * person recorded (to be reviewed: "not me / undo").
 */
public record ActingRecordView(Long id, OffsetDateTime at, String actorUid, String actorName, String actingForUid,
    String actingForName, BasisKind basisKind, String basisText, String orderNumber, String dutyNumber,
    Long delegationId, String power, String unitCode, BigDecimal amount, String subjectType, String subjectId,
    boolean thirdPartyAbsence) implements Serializable {}
