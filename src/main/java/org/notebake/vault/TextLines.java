package org.notebake.vault;

import java.util.ArrayList;
import java.util.List;

/**
 * A text cut into lines at {@code \n}, {@code \r\n} or {@code \r}, remembering where each one
 * starts, so a header can be blanked out without touching the bytes of the body.
 */
final class TextLines {

  private final String text;
  private final List<Integer> starts = new ArrayList<>();

  TextLines(String text) {
    this.text = text;
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        starts.add(i + 1);
      }
    }
  }

  int count() {
    return starts.size();
  }

  /** Line {@code index} (0-based) without its line terminator. */
  String line(int index) {
    int start = starts.get(index);
    int end = index + 1 < starts.size() ? starts.get(index + 1) : text.length();
    while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return text.substring(start, end);
  }

  /**
   * The text after line {@code lastHeaderLine} (0-based), preceded by one empty line for each
   * header line so that line numbers stay those of the file.
   */
  String bodyAfter(int lastHeaderLine) {
    int next = lastHeaderLine + 1;
    String rest = next < starts.size() ? text.substring(starts.get(next)) : "";
    return "\n".repeat(next) + rest;
  }
}
