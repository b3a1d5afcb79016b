package org.notebake.privacy;

/**
 * Where a text sits in a published file, which decides how it is read before the detectors run.
 * Every channel folds Unicode digits, full-width forms and invisible format chars ({@link
 * FoldedText}); the others add what a reader or a browser would decode.
 *
 * <pre>{@code
 * scanner.scan("https://x.example/?tel=912%20555%200142", Channel.URL); // one phone finding
 * scanner.scan("password:!0,remember:!1", Channel.SCRIPT);             // none: a JS literal
 * }</pre>
 */
public enum Channel {
  /** Text a reader sees: page text, titles, alt text, plain text files. */
  TEXT,
  /** Text inside {@code <code>} or {@code <pre>}: an address-like {@code A@np.dot(B)} is code. */
  CODE,
  /** A link or resource URL: percent-decoded (twice-encoded too); userinfo is always a finding. */
  URL,
  /** Any other attribute value: percent-decoded, as it may hold a URL or a query string. */
  ATTRIBUTE,
  /**
   * JavaScript, JSON, CSS: string escapes ({@code \u0039}) and percent-encoding are decoded, and a
   * password or secret counts only as a quoted string, since an unquoted value is an expression.
   */
  SCRIPT,
  /** A published file's path: {@code /} and {@code -} separate words, percent-encoding decoded. */
  FILE_NAME,
  /**
   * Source a script renders in the browser, KaTeX maths and Mermaid diagrams, read as shown: {@code
   * (415)\,867\text{-}5309} is {@code (415)867-5309}, {@code #64;} is {@code @}.
   */
  RENDERED;

  boolean decodesPercent() {
    return this != TEXT && this != CODE && this != RENDERED;
  }

  boolean decodesStringEscapes() {
    return this == SCRIPT;
  }
}
