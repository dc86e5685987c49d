package th.obec.esa.ict.traffic.api;

import jakarta.ejb.Local;

/**
 * Where the web layer reports traffic. Every method only puts the line into a bounded in-memory
 * queue and returns (a few microseconds); a writer stores the queue in batches about once a
 * second. When the queue is full the line is dropped and counted ({@link #stats()}): a page must
 * never wait for the record.
 */
@Local
public interface TrafficLog {

  /** A request the application answered (or any fully built entry). */
  void request(TrafficEntry entry);

  /** A successful sign-in through the login form; {@code sessionHash} is of the new session id. */
  void signIn(String uid, String remoteAddr, int remotePort, String sessionHash);

  /**
   * A refused sign-in: {@code attemptedUid} is the user name as typed (cut to 64 characters);
   * {@code service} is "web" for the login form, "api" for HTTP Basic.
   */
  void signInFailed(String attemptedUid, String remoteAddr, int remotePort, String service);

  /** A sign-out, recorded before the session is invalidated. */
  void signOut(String uid, String remoteAddr, int remotePort, String sessionHash);

  TrafficStats stats();
}
