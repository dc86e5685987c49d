package th.obec.esa.ict.organization.directory;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import th.obec.esa.ict.platform.time.OfficeTime;

/**
 * Runs the directory sync every night, office time. Like the other nightly jobs it is a
 * non-persistent EJB timer, but its time comes from MicroProfile Config, which {@code @Schedule}
 * cannot read: {@code ict.directory.sync.schedule} ({@code HH:mm}, default {@value #DEFAULT_TIME};
 * {@code ICT_DIRECTORY_SYNC_SCHEDULE}) and {@code ict.directory.sync.enabled} (default true). The
 * sync is idempotent (a second run changes nothing), so two instances may both run it.
 */
@Singleton
@Startup
public class DirectorySyncTimer {

  @jakarta.inject.Inject
  private th.obec.esa.ict.core.api.JobRuns runs;

  private static final Logger LOG = Logger.getLogger(DirectorySyncTimer.class.getName());

  static final String DEFAULT_TIME = "01:45";

  @Resource
  private TimerService timers;

  @EJB
  private DirectoryMatchService sync;

  @PostConstruct
  void schedule() {
    Config c = ConfigProvider.getConfig();
    if (!c.getOptionalValue("ict.directory.sync.enabled", Boolean.class).orElse(true)) {
      LOG.info("directory sync: off (ict.directory.sync.enabled=false)");
      return;
    }
    String time = c.getOptionalValue("ict.directory.sync.schedule", String.class).orElse(DEFAULT_TIME).strip();
    int[] hm;
    try {
      hm = parse(time);
    } catch (IllegalArgumentException e) {
      // a wrong time must not keep the intranet from starting: say so loudly and keep to the default
      LOG.severe(() -> e.getMessage() + "; the sync runs at the default " + DEFAULT_TIME);
      hm = parse(DEFAULT_TIME);
    }
    int[] at = hm;
    timers.createCalendarTimer(new ScheduleExpression().hour(at[0]).minute(at[1]).second(0)
        .timezone(OfficeTime.ZONE_ID), new TimerConfig("directory sync", false));
    LOG.info(() -> "directory sync: every night at " + String.format("%02d:%02d", at[0], at[1]) + " " + OfficeTime.ZONE_ID);
  }

  /** "01:45" → {1, 45}; anything else is refused with the setting named (the start then logs it and uses the default). */
  static int[] parse(String time) {
    var m = java.util.regex.Pattern.compile("(\\d{1,2}):(\\d{2})").matcher(time);
    if (m.matches()) {
      int h = Integer.parseInt(m.group(1));
      int min = Integer.parseInt(m.group(2));
      if (h < 24 && min < 60) {
        return new int[] {h, min};
      }
    }
    throw new IllegalArgumentException("ict.directory.sync.schedule must be HH:mm (office time), not '" + time + "'");
  }

  @Timeout
  void run(Timer timer) {
    java.time.LocalDate today = java.time.LocalDate.now(OfficeTime.ZONE);
    if (!runs.claim("organization.directory-sync", today)) {
      return;
    }
    try {
      sync.syncScheduled();
      runs.finished("organization.directory-sync", today, "done");
    } catch (RuntimeException e) {
      // the next night tries again; a failed run is in the log, and the page shows the last good one
      LOG.log(Level.WARNING, "directory sync failed", e);
    }
  }
}
