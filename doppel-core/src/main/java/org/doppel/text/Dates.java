package org.doppel.text;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * Reads the dates of {@link Document#date()}: ISO-8601 as news feeds and crawls write them, so that
 * documents compare by the instant they name, not by their text ({@code 2024-03-01T01:00:00+05:00}
 * is earlier than {@code 2024-02-29T22:00:00Z}).
 */
public final class Dates {

  private Dates() {}

  /**
   * The instant {@code date} names. Accepted: a date-time with an offset or {@code Z} ({@code
   * 2024-03-01T01:00:00+05:00}); a date-time without one, taken as UTC ({@code 2024-03-01T01:00},
   * also with a space for the {@code T}); a date ({@code 2024-03-01}), a month ({@code 2024-03}) or
   * a year ({@code 2024}), each taken as its first moment in UTC. Leading and trailing white space
   * is ignored.
   *
   * @throws IllegalArgumentException when {@code date} is none of these, saying what is expected
   */
  public static Instant instant(String date) {
    String s = date.strip();
    if (s.length() > 10 && s.charAt(10) == ' ') {
      s = s.substring(0, 10) + 'T' + s.substring(11);
    }
    try {
      if (s.indexOf('T') >= 0) {
        if (hasOffset(s)) {
          return OffsetDateTime.parse(s).toInstant();
        }
        return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
      }
      return switch (s.length()) {
        case 4 -> Year.parse(s).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        case 7 -> YearMonth.parse(s).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        default -> LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC);
      };
    } catch (DateTimeException e) { // a DateTimeParseException too
      throw invalid(date);
    }
  }

  private static boolean hasOffset(String s) {
    int t = s.indexOf('T');
    return s.endsWith("Z") || s.endsWith("z") || s.indexOf('+', t) >= 0 || s.indexOf('-', t) >= 0;
  }

  private static IllegalArgumentException invalid(String date) {
    return new IllegalArgumentException(
        "not an ISO-8601 date: '"
            + date
            + "' (expected e.g. 2024-03-01, 2024-03-01T09:30:00Z or 2024-03-01T09:30:00+01:00)");
  }
}
