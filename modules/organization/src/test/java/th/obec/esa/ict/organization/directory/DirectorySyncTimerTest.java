package th.obec.esa.ict.organization.directory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** ict.directory.sync.schedule is HH:mm office time; anything else is refused with the setting named (and the default used). */
class DirectorySyncTimerTest {

  @Test
  void readsHoursAndMinutes() {
    assertArrayEquals(new int[] {1, 45}, DirectorySyncTimer.parse("01:45"));
    assertArrayEquals(new int[] {23, 5}, DirectorySyncTimer.parse("23:05"));
    assertArrayEquals(new int[] {0, 0}, DirectorySyncTimer.parse("0:00"));
  }

  @Test
  void refusesAnythingElse() {
    for (String bad : new String[] {"24:00", "1:60", "0145", "01:45:00", "nightly", ""}) {
      assertThrows(IllegalArgumentException.class, () -> DirectorySyncTimer.parse(bad), bad);
    }
  }
}
