package th.obec.esa.ict.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ThaiDatesTest {

  private static final LocalDate ORDER_275 = LocalDate.of(2018, 10, 16);

  @Test
  void formatsTheDateOfOrder275InTheOfficialStyle() {
    assertEquals("16 ตุลาคม 2561", ThaiDates.formatLong(ORDER_275, ThaiDates.THAI));
    assertEquals("16 ต.ค. 2561", ThaiDates.formatShort(ORDER_275, ThaiDates.THAI));
    assertEquals("16/10/2561", ThaiDates.formatNumeric(ORDER_275));
  }

  @Test
  void englishKeepsTheBuddhistEra() {
    assertEquals("16 October 2561 BE", ThaiDates.formatLong(ORDER_275, Locale.ENGLISH));
    assertEquals("16 Oct 2561 BE", ThaiDates.formatShort(ORDER_275, Locale.ENGLISH));
  }

  @Test
  void formatsTimeWithTheThaiSuffix() {
    assertEquals("16 ต.ค. 2561 09:05 น.", ThaiDates.formatDateTime(LocalDateTime.of(2018, 10, 16, 9, 5), ThaiDates.THAI));
  }

  @Test
  void parsesWhatThaiUsersType() {
    assertEquals(ORDER_275, ThaiDates.parse("16/10/2561"));
    assertEquals(ORDER_275, ThaiDates.parse(" 16-10-2561 "));
    assertEquals(ORDER_275, ThaiDates.parse("๑๖/๑๐/๒๕๖๑"));
    assertEquals(ORDER_275, ThaiDates.parse("16 ตุลาคม 2561"));
    assertEquals(ORDER_275, ThaiDates.parse("16 ต.ค. พ.ศ. 2561"));
  }

  @Test
  void refusesCommonEraYearsAndImpossibleDays() {
    assertThrows(IllegalArgumentException.class, () -> ThaiDates.parse("16/10/2018"));
    assertThrows(IllegalArgumentException.class, () -> ThaiDates.parse("30/02/2569"));
    assertThrows(IllegalArgumentException.class, () -> ThaiDates.parse("yesterday"));
    assertThrows(IllegalArgumentException.class, () -> ThaiDates.parse(""));
  }

  @Test
  void leapDayOfABuddhistYearIsTheLeapDayOfItsCommonYear() {
    assertEquals(LocalDate.of(2024, 2, 29), ThaiDates.parse("29/02/2567"));
  }
}
