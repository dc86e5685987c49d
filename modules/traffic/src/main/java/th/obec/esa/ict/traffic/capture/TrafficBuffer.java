package th.obec.esa.ict.traffic.capture;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import th.obec.esa.ict.traffic.api.TrafficEntry;

/**
 * The bounded queue between request threads and the writer. {@link #offer} never blocks: when
 * the queue is full the entry is dropped and counted, because a stalled database must not stall
 * every page of the intranet with it; the count is what tells operators the record has holes.
 */
public final class TrafficBuffer {

  private final ArrayBlockingQueue<TrafficEntry> queue;
  private final AtomicLong accepted = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();

  public TrafficBuffer(int capacity) {
    this.queue = new ArrayBlockingQueue<>(Math.max(1, capacity));
  }

  /** @return false when the entry was dropped because the queue is full */
  public boolean offer(TrafficEntry e) {
    if (queue.offer(e)) {
      accepted.incrementAndGet();
      return true;
    }
    dropped.incrementAndGet();
    return false;
  }

  /** Takes up to {@code max} entries, oldest first, without waiting. */
  public List<TrafficEntry> drain(int max) {
    List<TrafficEntry> batch = new ArrayList<>(Math.min(max, Math.max(queue.size(), 1)));
    queue.drainTo(batch, max);
    return batch;
  }

  public int size() {
    return queue.size();
  }

  public int capacity() {
    return queue.size() + queue.remainingCapacity();
  }

  public long accepted() {
    return accepted.get();
  }

  public long dropped() {
    return dropped.get();
  }
}
