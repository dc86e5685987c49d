package th.obec.esa.ict.records.collection;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A round with its counts as of today: expected, sent on time, sent late, overdue (not sent, due
 * date passed), waiting (not sent, still due), and the percentage sent.
 *
 * @param systemLabel "DMC ระบบจัดเก็บข้อมูลนักเรียนรายบุคคล (Data Management Center)", or the free name
 *     of another system
 */
public record RoundSummary(long id, CentralSystem system, String otherName, String systemLabel, String label,
    int fiscalYear, LocalDate dueDate, String note, int expected, int onTime, int late, int overdue, int waiting,
    double percentComplete, OffsetDateTime createdAt, String createdBy) {}
