package th.obec.esa.ict.traffic.capture;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import th.obec.esa.ict.traffic.api.TrafficEntry;
import th.obec.esa.ict.traffic.api.TrafficKind;
import th.obec.esa.ict.traffic.api.TrafficLog;
import th.obec.esa.ict.traffic.api.TrafficStats;

/**
 * The one queue of this instance and its writer loop. Calls from request threads only enqueue
 * (bean-managed concurrency: no container lock on the request path); a managed scheduled task
 * drains the queue in batches through {@link TrafficWriter} every flush interval; at shutdown
 * the rest is flushed. A batch that fails to store is kept and retried first, so a short
 * database outage loses nothing until the queue itself is full.
 */
@Singleton
@LocalBean
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TrafficLogBean implements TrafficLog {

  private static final Logger LOG = Logger.getLogger(TrafficLogBean.class.getName());

  @Inject
  @ConfigProperty(name = "ict.traffic.queue-capacity", defaultValue = "200000")
  int capacity;

  @Inject
  @ConfigProperty(name = "ict.traffic.batch-size", defaultValue = "1000")
  int batchSize;

  @Inject
  @ConfigProperty(name = "ict.traffic.flush-interval-ms", defaultValue = "1000")
  long flushIntervalMs;

  @Resource
  private ManagedScheduledExecutorService scheduler;

  @EJB
  private TrafficWriter writer;

  private final ReentrantLock draining = new ReentrantLock();
  private TrafficBuffer buffer;
  private ScheduledFuture<?> task;
  private List<TrafficEntry> retry = List.of();
  private volatile long written;
  private volatile OffsetDateTime lastWrite;
  private volatile String lastError;
  /** How many dropped lines a chained GAP line already accounts for. */
  private long droppedChained;

  @PostConstruct
  void start() {
    buffer = new TrafficBuffer(capacity);
    task = scheduler.scheduleWithFixedDelay(this::drain, flushIntervalMs, flushIntervalMs, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    task.cancel(false);
    drain();
    if (!retry.isEmpty() || buffer.size() > 0) {
      LOG.severe(() -> "traffic record: " + (retry.size() + buffer.size()) + " lines could not be stored at shutdown");
    }
  }

  @Override
  public void request(TrafficEntry entry) {
    buffer.offer(entry);
  }

  @Override
  public void signIn(String uid, String remoteAddr, int remotePort, String sessionHash) {
    buffer.offer(TrafficEntry.event(OffsetDateTime.now(), TrafficKind.SIGN_IN, uid, null, remoteAddr, remotePort,
        "web", sessionHash));
  }

  @Override
  public void signInFailed(String attemptedUid, String remoteAddr, int remotePort, String service) {
    buffer.offer(TrafficEntry.event(OffsetDateTime.now(), TrafficKind.SIGN_IN_FAILED, null, attemptedUid, remoteAddr,
        remotePort, service, null));
  }

  @Override
  public void signOut(String uid, String remoteAddr, int remotePort, String sessionHash) {
    buffer.offer(TrafficEntry.event(OffsetDateTime.now(), TrafficKind.SIGN_OUT, uid, null, remoteAddr, remotePort,
        "web", sessionHash));
  }

  @Override
  public TrafficStats stats() {
    return new TrafficStats(buffer.size() + retry.size(), buffer.capacity(), buffer.accepted(), buffer.dropped(),
        written, lastWrite, lastError);
  }

  /**
   * Stores everything queued now, batch by batch; stops at the first failure (the batch stays for
   * the next round). Also called by tests and the benchmark to flush without waiting.
   */
  public void drain() {
    draining.lock();
    try {
      if (retry.isEmpty()) {
        long dropped = buffer.dropped();
        if (dropped > droppedChained) {
          // the loss itself goes into the chain as soon as the writer can write
          retry = List.of(TrafficEntry.gap(OffsetDateTime.now(), dropped - droppedChained));
          droppedChained = dropped;
        }
      }
      while (true) {
        List<TrafficEntry> batch = retry.isEmpty() ? buffer.drain(batchSize) : retry;
        if (batch.isEmpty()) {
          return;
        }
        try {
          writer.write(batch);
          retry = List.of();
          written += batch.size();
          lastWrite = OffsetDateTime.now();
          lastError = null;
        } catch (Exception e) {
          retry = batch;
          if (lastError == null) {
            LOG.log(Level.WARNING, "traffic record: storing a batch failed, it will be retried", e);
          }
          lastError = String.valueOf(e.getMessage());
          return;
        }
      }
    } finally {
      draining.unlock();
    }
  }
}
