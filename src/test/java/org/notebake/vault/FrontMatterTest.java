package org.notebake.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.notebake.diagnostics.Diagnostics;

class FrontMatterTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZoneId KIRITIMATI = ZoneId.of("Pacific/Kiritimati");

  private static FrontMatter yaml(String properties) {
    Diagnostics diagnostics = new Diagnostics();
    ParsedNote note =
        new FrontMatterParser().parse("a.md", "---\n" + properties + "\n---\n", diagnostics);
    assertThat(diagnostics.sorted()).isEmpty();
    return note.frontMatter();
  }

  @ParameterizedTest
  @ValueSource(strings = {"America/New_York", "Pacific/Kiritimati", "UTC", "Asia/Kolkata"})
  void dateOnlyIsTheSameDayInEveryZone(String zone) {
    FrontMatter matter = yaml("date: 2025-07-01");

    assertThat(matter.localDate("date")).contains(LocalDate.of(2025, 7, 1));
    ZonedDateTime start = matter.dateTime("date", ZoneId.of(zone)).orElseThrow();
    assertThat(start.toLocalDate()).isEqualTo(LocalDate.of(2025, 7, 1));
    assertThat(start.toLocalTime().toSecondOfDay()).isZero();
  }

  @Test
  void dateOnlyStartsTheDayInTheGivenZone() {
    FrontMatter matter = yaml("date: 2025-07-01");

    assertThat(matter.dateTime("date", NEW_YORK))
        .contains(ZonedDateTime.of(2025, 7, 1, 0, 0, 0, 0, NEW_YORK));
    assertThat(matter.dateTime("date", KIRITIMATI))
        .contains(ZonedDateTime.of(2025, 7, 1, 0, 0, 0, 0, KIRITIMATI));
  }

  @Test
  void localDateTimeIsReadInTheGivenZone() {
    FrontMatter matter = yaml("a: 2025-07-01T09:30\nb: 2025-07-01 09:30\nc: 2025-07-01 23:59:59");

    ZonedDateTime expected = ZonedDateTime.of(2025, 7, 1, 9, 30, 0, 0, NEW_YORK);
    assertThat(matter.dateTime("a", NEW_YORK)).contains(expected);
    assertThat(matter.dateTime("b", NEW_YORK)).contains(expected);
    assertThat(matter.localDate("c")).contains(LocalDate.of(2025, 7, 1));
  }

  @Test
  void writtenOffsetIsKeptAndTheWrittenDayIsTheLocalDate() {
    FrontMatter matter =
        yaml("a: 2025-07-01T23:30:00Z\nb: 2025-07-01T01:00+02:00\nc: 2025-07-01 01:00 +02:00");

    assertThat(matter.dateTime("a", KIRITIMATI))
        .contains(ZonedDateTime.of(LocalDateTime.of(2025, 7, 1, 23, 30), ZoneOffset.UTC));
    assertThat(matter.localDate("a")).contains(LocalDate.of(2025, 7, 1));
    assertThat(matter.dateTime("b", NEW_YORK).orElseThrow().toInstant())
        .isEqualTo(ZonedDateTime.of(2025, 6, 30, 23, 0, 0, 0, ZoneOffset.UTC).toInstant());
    assertThat(matter.dateTime("c", NEW_YORK)).isEqualTo(matter.dateTime("b", NEW_YORK));
    assertThat(matter.localDate("b")).contains(LocalDate.of(2025, 7, 1));
  }

  @Test
  void notADateIsEmpty() {
    FrontMatter matter = yaml("a: 2025-13-45\nb: yesterday\nc: 20250701\nd: [2025-07-01]");

    assertThat(matter.localDate("a")).isEmpty();
    assertThat(matter.localDate("b")).isEmpty();
    assertThat(matter.localDate("c")).isEmpty();
    assertThat(matter.localDate("d")).isEmpty();
    assertThat(matter.dateTime("missing", NEW_YORK)).isEmpty();
  }

  @Test
  void boolAcceptsOnlyARealBoolean() {
    FrontMatter matter =
        yaml("a: true\nb: \"true\"\nc: yes\nd: 1\ne: True\nf: [true]\ng: on\nh: FALSE");

    assertThat(matter.bool("a")).contains(true);
    assertThat(matter.bool("b")).isEmpty();
    assertThat(matter.bool("c")).isEmpty();
    assertThat(matter.bool("d")).isEmpty();
    assertThat(matter.bool("e")).contains(true);
    assertThat(matter.bool("f")).isEmpty();
    assertThat(matter.bool("g")).isEmpty();
    assertThat(matter.bool("h")).contains(false);
  }

  @Test
  void stringsReadsListsAndCommaSeparatedText() {
    FrontMatter matter =
        yaml("a: [photo, \" events \", \"\", ~]\nb: photo, events,, \nc: solo\nd: 3\ne: {x: 1}");

    assertThat(matter.strings("a")).containsExactly("photo", "events");
    assertThat(matter.strings("b")).containsExactly("photo", "events");
    assertThat(matter.strings("c")).containsExactly("solo");
    assertThat(matter.strings("d")).containsExactly("3");
    assertThat(matter.strings("e")).isEmpty();
    assertThat(matter.strings("missing")).isEmpty();
  }

  @Test
  void stringGivesScalarsAsText() {
    FrontMatter matter = yaml("a: 3\nb: false\nc: [x]\nd: ~\ne: 1.5");

    assertThat(matter.string("a")).contains("3");
    assertThat(matter.string("b")).contains("false");
    assertThat(matter.string("c")).isEmpty();
    assertThat(matter.string("d")).isEmpty();
    assertThat(matter.string("e")).contains("1.5");
  }

  @Test
  void keysKeepFileOrder() {
    assertThat(yaml("zeta: 1\nalpha: 2\nmid: 3").keys()).containsExactly("zeta", "alpha", "mid");
  }

  @Test
  void valuesCannotBeChangedThroughTheSourceOrTheAccessors() {
    List<Object> tags = new ArrayList<>(List.of("a"));
    Map<String, Object> source = new HashMap<>();
    source.put("tags", tags);
    FrontMatter matter = FrontMatter.of(source);
    tags.add("b");
    source.put("publish", true);

    assertThat(matter.strings("tags")).containsExactly("a");
    assertThat(matter.has("publish")).isFalse();
    @SuppressWarnings("unchecked")
    List<Object> exposed = (List<Object>) matter.value("tags").orElseThrow();
    assertThatThrownBy(() -> exposed.add("c")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void listsMayHoldNulls() {
    FrontMatter matter = FrontMatter.of(Map.of("a", Arrays.asList("x", null)));

    assertThat(matter.strings("a")).containsExactly("x");
  }
}
