import java.sql.Connection;
import java.sql.DriverManager;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import th.obec.esa.ict.traffic.api.SessionHash;
import th.obec.esa.ict.traffic.api.TrafficEntry;
import th.obec.esa.ict.traffic.capture.TrafficBuffer;
import th.obec.esa.ict.core.integrity.ChainKey;
import th.obec.esa.ict.traffic.chain.ChainStore;

/**
 * A day's traffic (1,000,000 lines) through the capture path of the traffic module, outside the
 * application server: request threads enqueue into TrafficBuffer (what TrafficLog does), one
 * writer drains batches and appends them to the hash chain with ChainStore.append, committing
 * each batch, exactly as TrafficWriter does inside its transaction. Run by bench.sh.
 *
 * Arguments: jdbc-url user password [rows] [threads] [batch]
 */
public class TrafficBench {

  /** A throw-away chain key: the links are keyed (HMAC-SHA256) as in production since V6_3. */
  static final ChainKey KEY = new ChainKey("bench-only-chain-key-0123456789abcdef".getBytes());


  public static void main(String[] args) throws Exception {
    String url = args[0];
    int rows = args.length > 3 ? Integer.parseInt(args[3]) : 1_000_000;
    int threads = args.length > 4 ? Integer.parseInt(args[4]) : 8;
    int batch = args.length > 5 ? Integer.parseInt(args[5]) : 1000;
    TrafficBuffer buffer = new TrafficBuffer(rows);
    long[] enqueueNs = new long[rows];
    AtomicLong done = new AtomicLong();
    CountDownLatch go = new CountDownLatch(1);

    try (Connection c = DriverManager.getConnection(url, args[1], args[2])) {
      c.setAutoCommit(false);
      // warm up the JIT and the connection on a small batch, outside the measurement
      Thread writer = new Thread(() -> {
        try {
          go.await();
          while (done.get() < rows) {
            List<TrafficEntry> b = buffer.drain(batch);
            if (b.isEmpty()) {
              Thread.sleep(1);
              continue;
            }
            ChainStore.append(c, b, KEY);
            c.commit();
            done.addAndGet(b.size());
          }
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      writer.start();
      Thread[] producers = new Thread[threads];
      long t0 = System.nanoTime();
      for (int t = 0; t < threads; t++) {
        int id = t;
        producers[t] = new Thread(() -> {
          for (int i = id; i < rows; i += threads) {
            OffsetDateTime now = OffsetDateTime.now();
            TrafficEntry e = TrafficEntry.request(now, "user" + (i % 120), null, "10.1." + (i % 40) + "." + (i % 250),
                30000 + i % 30000, "web", "GET", "/assets/list.xhtml?page=" + (i % 50), 200, 15_000 + i % 5000,
                20 + i % 80, SessionHash.of("S" + (i % 3000)));
            long s = System.nanoTime();
            buffer.offer(e);
            enqueueNs[i] = System.nanoTime() - s;
          }
        });
      }
      go.countDown();
      for (Thread p : producers) {
        p.start();
      }
      for (Thread p : producers) {
        p.join();
      }
      long enqueued = System.nanoTime();
      writer.join();
      long t1 = System.nanoTime();
      Arrays.sort(enqueueNs);
      double secs = (t1 - t0) / 1e9;
      System.out.printf("rows=%d producers=%d batch=%d dropped=%d%n", rows, threads, batch, buffer.dropped());
      System.out.printf("enqueue (request-path cost): median=%d ns p99=%d ns p99.9=%d ns max=%d ns%n",
          enqueueNs[rows / 2], enqueueNs[(int) (rows * 0.99)], enqueueNs[(int) (rows * 0.999)], enqueueNs[rows - 1]);
      System.out.printf("all enqueued after %.2f s; all stored after %.2f s: %.0f rows/s into PostgreSQL%n",
          (enqueued - t0) / 1e9, secs, rows / secs);
      System.out.printf("chain head: %s%n", ChainStore.head(c));
    }
  }
}
