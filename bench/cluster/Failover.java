import java.io.IOException;
import java.io.PrintWriter;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load of bench/cluster/failover.sh: signed-in people filing and approving repair requests (F03)
 * through the load balancer, while the script kills an instance. Each virtual user is one journey
 * after the other: sinlapachai files an F03 (created and submitted at once: it gets its running
 * number), khwansiri reviews it, the director approves it, all over REST with HTTP Basic (the API
 * keeps no session); and between the steps the virtual user's own page session (signed in once
 * through the login form at the start, cookies JSESSIONID and the load balancer's ICTNODE) opens the
 * home page. A home page that answers with the login page (a redirect to it) is a forced sign-in:
 * counted, and the user signs in again.
 *
 * A step that gets no answer or a 502/503 is not sent again when it is a filing (the request may have
 * been stored: a person would look at their list first; the script counts those from the database);
 * a review or approval is sent again (up to 5 times, 1 s apart): done twice it is refused (409), and
 * the journey goes on.
 *
 *   java bench/cluster/Failover.java BASE SECONDS USERS OUT_DIR RUN_ID
 *
 * Writes OUT_DIR/acked.tsv (id, number, the last state the client saw acknowledged), timeline.tsv
 * (second, answers 2xx, answers 5xx, no answer, forced sign-ins), summary.txt.
 */
public class Failover {

  static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
  static final Pattern NUMBER = Pattern.compile("\"numberText\"\\s*:\\s*\"([^\"]*)\"");
  static final Pattern STATE = Pattern.compile("\"state\"\\s*:\\s*\"([A-Z_]+)\"");
  static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

  static URI base;
  static String runId;
  static long t0;
  static final int SLOTS = 3600;
  static final AtomicLongArray ok = new AtomicLongArray(SLOTS);
  static final AtomicLongArray err5 = new AtomicLongArray(SLOTS);
  static final AtomicLongArray noAnswer = new AtomicLongArray(SLOTS);
  static final AtomicLongArray forced = new AtomicLongArray(SLOTS);
  static final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
  /** Milliseconds spent waiting for the answers of each kind of step (answered ones). */
  static final Map<String, AtomicLong> millis = new ConcurrentHashMap<>();
  static final ConcurrentLinkedQueue<String> acked = new ConcurrentLinkedQueue<>();
  static final Map<Long, String> ackedState = new ConcurrentHashMap<>();
  static final Map<Long, String> ackedNumber = new ConcurrentHashMap<>();
  static final ConcurrentLinkedQueue<String> oddities = new ConcurrentLinkedQueue<>();

  static void count(String what) {
    counts.computeIfAbsent(what, k -> new AtomicLong()).incrementAndGet();
  }

  static int slot() {
    return (int) Math.min(SLOTS - 1, (System.nanoTime() - t0) / 1_000_000_000L);
  }

  /** One virtual user: a page session of its own, REST calls as the three people of the journey. */
  static final class User implements Runnable {
    final int n;
    final String pageUid;
    final HttpClient pages;
    final HttpClient rest;
    final long until;
    /** The instance that answered this user's last page (HAProxy's X-Served-By). */
    String lastServer;

    User(int n, String pageUid, long until) {
      this.n = n;
      this.pageUid = pageUid;
      this.until = until;
      this.pages = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
      this.rest = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
          .build();
    }

    HttpResponse<String> send(HttpClient c, HttpRequest r, String what) {
      long t = System.nanoTime();
      try {
        HttpResponse<String> a = c.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        count(what + " " + a.statusCode());
        millis.computeIfAbsent(what, k -> new AtomicLong()).addAndGet((System.nanoTime() - t) / 1_000_000);
        if (a.statusCode() / 100 == 5) {
          err5.incrementAndGet(slot());
        } else {
          ok.incrementAndGet(slot());
        }
        return a;
      } catch (IOException e) {
        count(what + " no answer");
        noAnswer.incrementAndGet(slot());
        return null;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }

    boolean signIn() {
      HttpResponse<String> form = send(pages, HttpRequest.newBuilder(base.resolve("/login.xhtml"))
          .timeout(Duration.ofSeconds(30)).GET().build(), "sign-in form");
      if (form == null || form.statusCode() != 200) {
        return false;
      }
      Matcher vs = VIEW_STATE.matcher(form.body());
      if (!vs.find()) {
        return false;
      }
      String body = "login=login&login%3Auid=" + enc(pageUid) + "&login%3Apassword=demo&login%3Asubmit="
          + "&jakarta.faces.ViewState=" + enc(vs.group(1));
      HttpResponse<String> in = send(pages, HttpRequest.newBuilder(base.resolve("/login.xhtml"))
          .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build(), "sign-in");
      return in != null && in.statusCode() == 302 && !in.headers().firstValue("Location").orElse("").contains("login");
    }

    /** The home page with the session; false when it answered with the login page (a forced sign-in). */
    void home() {
      HttpResponse<String> a = send(pages, HttpRequest.newBuilder(base.resolve("/")).timeout(Duration.ofSeconds(30))
          .GET().build(), "home");
      if (a == null || a.statusCode() / 100 == 5) {
        return; // no answer from the instance that died: not a sign-in asked for
      }
      String server = a.headers().firstValue("X-Served-By").orElse("?");
      if (lastServer == null) {
        count("page session first served by " + server);
      } else if (!lastServer.equals(server)) {
        count("page session moved to another instance");
        oddities.add("user " + n + " (" + pageUid + "): page session moved from " + lastServer + " to " + server
            + " at " + slot() + " s, signed in still: " + (a.statusCode() == 200));
      }
      lastServer = server;
      boolean toLogin = a.statusCode() == 302 && a.headers().firstValue("Location").orElse("").contains("login")
          || a.statusCode() == 200 && a.body().contains("jakarta.faces.ViewState") && a.body().contains("login:password");
      if (toLogin) {
        forced.incrementAndGet(slot());
        count("FORCED SIGN-IN");
        oddities.add("user " + n + " (" + pageUid + ") was sent to the login page at " + slot() + " s");
        signIn();
      } else if (a.statusCode() != 200) {
        oddities.add("home answered " + a.statusCode() + " at " + slot() + " s");
      }
    }

    HttpResponse<String> post(String who, String path, String json, String what) {
      return send(rest, HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
          .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((who + ":demo").getBytes()))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(), what);
    }

    /** A review or approval: sent again while there is no answer; done twice it is a 409. */
    boolean decide(String who, long id, String step, String state, String comment) throws InterruptedException {
      for (int attempt = 0; attempt < 5; attempt++) {
        HttpResponse<String> a = post(who, "/api/forms/submissions/" + id + "/" + step,
            "{\"comment\":\"" + comment + "\"}", step);
        if (a != null && a.statusCode() == 200) {
          ackedState.put(id, state);
          return true;
        }
        if (a != null && a.statusCode() == 409 && attempt > 0) {
          // the first attempt was done on the instance that died after committing: done, not lost
          count(step + " done by an earlier attempt (409)");
          ackedState.put(id, state);
          return true;
        }
        if (a != null && a.statusCode() / 100 == 4) {
          oddities.add(step + " of " + id + " answered " + a.statusCode() + ": " + cut(a.body()));
          return false;
        }
        Thread.sleep(1000);
      }
      oddities.add(step + " of " + id + ": no answer after 5 attempts");
      return false;
    }

    @Override
    public void run() {
      try {
        if (!signIn()) {
          oddities.add("user " + n + " could not sign in at the start");
        }
        int i = 0;
        while (System.nanoTime() < until) {
          i++;
          String create = "{\"form\":\"F03\",\"subject\":\"failover " + runId + " u" + n + " #" + i + "\","
              + "\"body\":\"เครื่องพิมพ์เปิดไม่ติด\",\"amount\":1500,\"describedItem\":\"เครื่องพิมพ์ห้องการเงิน\","
              + "\"location\":\"ห้อง 204\",\"symptoms\":\"เปิดไม่ติด\",\"submit\":true}";
          HttpResponse<String> filed = post("sinlapachai", "/api/forms/submissions", create, "file");
          if (filed == null || filed.statusCode() != 201) {
            if (filed != null && filed.statusCode() / 100 == 4) {
              oddities.add("file answered " + filed.statusCode() + ": " + cut(filed.body()));
            }
            Thread.sleep(200);
            continue;
          }
          Matcher id = ID.matcher(filed.body());
          Matcher number = NUMBER.matcher(filed.body());
          if (!id.find() || !number.find()) {
            oddities.add("a filing without id or number: " + cut(filed.body()));
            continue;
          }
          long sid = Long.parseLong(id.group(1));
          ackedNumber.put(sid, number.group(1));
          ackedState.put(sid, "SUBMITTED");
          home();
          if (decide("khwansiri", sid, "review", "REVIEWED", "ตรวจแล้ว")) {
            home();
            decide("director", sid, "approve", "APPROVED", "อนุมัติ");
          }
          home();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static String cut(String s) {
    s = s == null ? "" : s.replaceAll("\\s+", " ");
    return s.length() > 200 ? s.substring(0, 200) : s;
  }

  public static void main(String[] args) throws Exception {
    base = URI.create(args[0]);
    int seconds = Integer.parseInt(args[1]);
    int users = Integer.parseInt(args[2]);
    Path out = Path.of(args[3]);
    runId = args[4];
    Files.createDirectories(out);
    String[] pageUids = {"director", "nanphat", "khwansiri", "wiparat", "somchai", "sinlapachai"};
    t0 = System.nanoTime();
    long until = t0 + seconds * 1_000_000_000L;
    List<Thread> threads = new ArrayList<>();
    for (int u = 0; u < users; u++) {
      Thread t = new Thread(new User(u, pageUids[u % pageUids.length], until), "user-" + u);
      t.start();
      threads.add(t);
    }
    for (Thread t : threads) {
      t.join();
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("acked.tsv")))) {
      for (Map.Entry<Long, String> e : ackedNumber.entrySet()) {
        w.println(e.getKey() + "\t" + e.getValue() + "\t" + ackedState.get(e.getKey()));
      }
    }
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("timeline.tsv")))) {
      for (int s = 0; s < Math.min(SLOTS, (int) secs + 1); s++) {
        w.println(s + "\t" + ok.get(s) + "\t" + err5.get(s) + "\t" + noAnswer.get(s) + "\t" + forced.get(s));
      }
    }
    long answered = 0;
    long approved = ackedState.values().stream().filter("APPROVED"::equals).count();
    for (int s = 0; s < SLOTS; s++) {
      answered += ok.get(s) + err5.get(s);
    }
    long forcedTotal = 0;
    for (int s = 0; s < SLOTS; s++) {
      forcedTotal += forced.get(s);
    }
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("summary.txt")))) {
      w.printf("seconds\t%.1f%n", secs);
      w.printf("users\t%d%n", users);
      w.printf("answers\t%d%n", answered);
      w.printf("answers per second\t%.1f%n", answered / secs);
      w.printf("filings acknowledged\t%d%n", ackedNumber.size());
      w.printf("approvals acknowledged\t%d%n", approved);
      w.printf("journeys per second\t%.2f%n", approved / secs);
      w.printf("forced sign-ins\t%d%n", forcedTotal);
      counts.entrySet().stream().sorted(Map.Entry.comparingByKey())
          .forEach(e -> w.println("count: " + e.getKey() + "\t" + e.getValue()));
      millis.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
        long n = counts.entrySet().stream().filter(c -> c.getKey().startsWith(e.getKey() + " ")
            && !c.getKey().endsWith("no answer")).mapToLong(c -> c.getValue().get()).sum();
        w.printf("mean ms: %s\t%d%n", e.getKey(), n == 0 ? 0 : e.getValue().get() / n);
      });
      oddities.stream().limit(40).forEach(o -> w.println("note: " + o));
    }
    System.out.println(Files.readString(out.resolve("summary.txt")));
  }
}
