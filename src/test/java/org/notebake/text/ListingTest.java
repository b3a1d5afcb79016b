package org.notebake.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ListingTest {
  @Test
  void namesTheFirstFewAndCountsTheRest() {
    assertThat(Listing.some(List.of(), 2)).isEmpty();
    assertThat(Listing.some(List.of("a"), 2)).isEqualTo("a");
    assertThat(Listing.some(List.of("a", "b"), 2)).isEqualTo("a, b");
    assertThat(Listing.some(List.of("a", "b", "c"), 2)).isEqualTo("a, b and 1 more");
  }
}
