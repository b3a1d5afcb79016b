package org.notebake.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The last build's values: grouped, compared once, recorded values filed at the next compare. */
class LastValuesTest {
  /** "a.x" is in group "a"; names without a dot are ungrouped. */
  private final LastValues last =
      new LastValues(name -> name.contains(".") ? name.substring(0, name.indexOf('.')) : null);

  private final Map<String, String> now = new HashMap<>();
  private final List<String> asked = new ArrayList<>();

  private String current(String name) {
    asked.add(name);
    return now.get(name);
  }

  @Test
  void aGroupVouchedForIsNotLookedUpAndTheRestIs() {
    now.putAll(Map.of("a.x", "1", "a.y", "2", "b.x", "3", "path", "1", "list", "4"));
    last.record(Map.copyOf(now));
    now.put("a.x", "changed"); // vouched for below: not seen, as the caller promised
    now.put("b.x", "changed");
    now.put("list", "changed");
    Set<String> changed = last.compare(this::current, "path"::equals, "a"::equals);
    assertEquals(Set.of("b.x", "list"), changed);
    assertEquals(
        Set.of("b.x", "list"), Set.copyOf(asked), "neither group a nor path was looked up");

    asked.clear();
    assertEquals(
        Set.of("a.x"),
        last.compare(this::current, null, null),
        "b.x and list took their new hashes; a.x, not vouched for now, shows its change");
  }

  @Test
  void recordedValuesCountFromTheNextCompareOn() {
    now.put("a.x", "1");
    last.record(Map.copyOf(now));
    now.put("a.x", "2");
    assertEquals(Set.of("a.x"), last.compare(this::current, null, null));
    last.record(Map.of("b.y", "5")); // made in this build, read in the next
    now.put("b.y", "6");
    assertEquals(Set.of("b.y"), last.compare(this::current, null, null));
  }

  @Test
  void loadedEntriesThatDisagreeMarkTheValueChanged() {
    // Two loaded entries gave a.x 1 and 2; the reader (PageMemo.load) marks it.
    last.recordLoaded(new String[] {"a.x", "list"}, new String[] {LastValues.DIFFERS, "7"});
    now.putAll(Map.of("a.x", "1", "list", "7"));
    assertEquals(Set.of("a.x"), last.compare(this::current, null, null));
  }
}
