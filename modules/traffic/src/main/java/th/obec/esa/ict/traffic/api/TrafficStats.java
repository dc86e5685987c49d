package th.obec.esa.ict.traffic.api;

import java.time.OffsetDateTime;

/**
 * The capture's health, for the health check and operators: a lost line of traffic data is a
 * breach of the retention duty, so drops are counted and shown rather than hidden.
 *
 * @param queued lines waiting in memory
 * @param capacity the most lines that may wait before new ones are dropped
 * @param accepted lines taken since start
 * @param dropped lines refused because the queue was full, since start
 * @param written lines stored since start
 * @param lastWrite when a batch was last stored, or null
 * @param lastError the last write failure's message, null once a write succeeds again
 */
public record TrafficStats(int queued, int capacity, long accepted, long dropped, long written,
    OffsetDateTime lastWrite, String lastError) {}
