package org.doppel.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DatesTest {

  @Test
  void datesWithOffsetsCompareByTheInstantTheyName() {
    Instant utc = Dates.instant("2024-02-29T22:00:00Z");
    Instant plusFive = Dates.instant("2024-03-01T01:00:00+05:00");
    assertThat(plusFive).isBefore(utc); // as text, "2024-03-01..." sorts after "2024-02-29..."
    assertThat(Dates.instant("2024-02-29T17:00:00-05:00")).isEqualTo(utc);
    assertThat(Dates.instant("2024-02-29T22:00:00.250Z")).isAfter(utc);
  }

  @Test
  void partialDatesAndDateTimesWithoutAnOffsetAreTakenAsUtc() {
    assertThat(Dates.instant("2024-03-01")).isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
    assertThat(Dates.instant("2024-03")).isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
    assertThat(Dates.instant("2024")).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
    assertThat(Dates.instant("2024-03-01T09:30")).isEqualTo(Instant.parse("2024-03-01T09:30:00Z"));
    assertThat(Dates.instant(" 2024-03-01 09:30:00 "))
        .isEqualTo(Instant.parse("2024-03-01T09:30:00Z"));
  }

  @Test
  void whatNamesNoInstantIsRejectedSayingWhatIsExpected() {
    for (String bad : new String[] {"yesterday", "2024-02-30", "03/01/2024", "", "1000000000"}) {
      assertThatThrownBy(() -> Dates.instant(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("not an ISO-8601 date")
          .hasMessageContaining("2024-03-01T09:30:00Z");
    }
    // keep earliest reads the dates and rejects one that names no instant; other policies ignore
    // dates
    java.util.List<Document> docs =
        java.util.List.of(
            new Document("x", "the same short story", "soon"),
            new Document("y", "the same short story", "2024-03-01"));
    org.doppel.DedupOptions earliest =
        org.doppel.DedupOptions.defaults().withKeep(org.doppel.DedupOptions.Keep.EARLIEST);
    assertThatThrownBy(() -> org.doppel.Dedup.run(earliest, docs.stream()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not an ISO-8601 date: 'soon'");
    assertThat(
            org.doppel.Dedup.run(org.doppel.DedupOptions.defaults(), docs.stream())
                .stats()
                .clusters())
        .isEqualTo(1);
  }
}
