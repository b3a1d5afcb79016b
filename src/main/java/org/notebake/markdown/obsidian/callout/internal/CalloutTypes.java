package org.notebake.markdown.obsidian.callout.internal;

import java.util.Locale;
import java.util.Set;

/** Obsidian's callout types and their aliases, and how an unknown type is shown. */
final class CalloutTypes {

  private static final Set<String> KNOWN =
      Set.of(
          "note",
          "abstract",
          "summary",
          "tldr",
          "info",
          "todo",
          "tip",
          "hint",
          "important",
          "success",
          "check",
          "done",
          "question",
          "help",
          "faq",
          "warning",
          "caution",
          "attention",
          "failure",
          "fail",
          "missing",
          "danger",
          "error",
          "bug",
          "example",
          "quote",
          "cite");

  private CalloutTypes() {}

  /** The {@code data-callout} value: the type or alias as written, "note" when unknown. */
  static String style(String type) {
    return KNOWN.contains(type) ? type : "note";
  }

  /** The title shown when the callout gives none: the type capitalised ("faq" gives "Faq"). */
  static String defaultTitle(String type) {
    return type.substring(0, 1).toUpperCase(Locale.ROOT) + type.substring(1);
  }
}
