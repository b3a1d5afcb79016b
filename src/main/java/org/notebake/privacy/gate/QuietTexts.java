package org.notebake.privacy.gate;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.notebake.privacy.Channel;

/**
 * Short texts the scanner found nothing in under one set of rules: serve's rebuilds scan the same
 * 10,000 share-card texts and asset file names each time, and a text with nothing to find has
 * nothing under the same rules again. Only "nothing found" is remembered (a finding's id and where
 * it is reported are worked out anew each build), and another salt (the configuration, the privacy
 * lists, notebake itself) forgets everything.
 *
 * <pre>{@code
 * QuietTexts quiet = new QuietTexts();              // one per serve session
 * quiet.adopt(salt);                                // each build, before its gate scans
 * PrivacyGate.create(config, notes, diagnostics).remembering(quiet);
 * }</pre>
 */
public final class QuietTexts {
  /** Longer texts (pages, feeds) are not remembered: each is made anew only when it changed. */
  static final int MAX_CHARS = 1024;

  /** Past this many texts the memory starts again, so that it stays the size of a site's. */
  static final int MAX_TEXTS = 200_000;

  private final Map<String, Boolean> quiet = new ConcurrentHashMap<>();
  private String salt;

  /** Starts a build under {@code salt}: remembered under another, everything is forgotten. */
  public synchronized void adopt(String salt) {
    if (!salt.equals(this.salt)) {
      this.salt = salt;
      quiet.clear();
    }
  }

  boolean isQuiet(Channel channel, String text) {
    return text.length() <= MAX_CHARS && quiet.containsKey(key(channel, text));
  }

  void found(Channel channel, String text, boolean nothing) {
    if (!nothing || text.length() > MAX_CHARS) {
      return;
    }
    if (quiet.size() >= MAX_TEXTS) {
      quiet.clear();
    }
    quiet.put(key(channel, text), Boolean.TRUE);
  }

  private static String key(Channel channel, String text) {
    return channel.ordinal() + ":" + text;
  }
}
