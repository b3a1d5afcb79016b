package org.notebake.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.vault.FrontMatter;
import org.notebake.vault.ParsedNote;

/**
 * Decides, note by note, whether it is published. Publishing is opt-in: a note is public when its
 * front matter says {@code publish: true} (a real boolean; the Obsidian Digital Garden plugin's
 * {@code dg-publish} is read as {@code publish}) or {@code status: published}, when it lies in a
 * folder listed in {@code publish.folders} ({@code .} is the whole vault), or when it is the
 * configured home note ({@code index.note}). Everything else, including a note whose front matter
 * cannot be read, stays private.
 *
 * <p>Opting out always wins and fails safe: {@code draft} with any value but a real {@code false}
 * ({@code true}, {@code "true"}, {@code yes}, {@code 1}, even {@code "false"} written as text),
 * {@code status: draft}, and {@code publish} or {@code published} set to {@code false}, {@code
 * "false"}, {@code no}, {@code off} or {@code 0}, in any letter case of key and value ({@code
 * published} says nothing else: Quartz gardens keep a date there). A text value that would publish
 * ({@code publish: "true"}) does not, and is warned about; so is any value that is neither yes nor
 * no, which keeps the note private.
 *
 * <p>A note that says nothing of publishing takes the site's own {@code default.status}, as JBake
 * gives it to a file without {@code status=}: {@code default.status=published} in jbake.properties
 * is the site owner's choice to publish such notes, when JBake would also know their type (their
 * own {@code type}, or the site's {@code default.type}). notebake's own default is no one's choice
 * and publishes nothing. In a JBake site a file without any header that stays private is told so
 * ({@link HeaderlessFiles}): JBake logs it too, and a migrated page would otherwise go missing in
 * silence.
 *
 * <pre>{@code
 * PublishPolicy policy = new PublishPolicy(List.of("essays", "projects"));
 * policy.isPublished("essays/signals.md", frontMatter, false, diagnostics);  // true unless opted out
 * policy.isPublished("daily/2025-07-01.md", frontMatter, false, diagnostics); // false unless publish: true
 * }</pre>
 */
public final class PublishPolicy {
  private static final Set<String> TEXT_TRUE = Set.of("true", "yes", "y", "on", "1");
  private static final Set<String> TEXT_FALSE = Set.of("false", "no", "n", "off", "0");

  private final List<String> publicFolders;
  private final String homeNote;
  private final Defaults defaults;

  /**
   * What the site's own jbake.properties gives a note that says nothing of publishing.
   *
   * @param status the site's {@code default.status}, "" when the site sets none (notebake's default
   *     is no one's choice)
   * @param typeSet whether the site sets {@code default.type}: without it, JBake skips a file that
   *     names no type
   * @param jbakeSite whether the source is a JBake site (content/ beside jbake.properties), whose
   *     files without a header are told when they stay private
   */
  public record Defaults(String status, boolean typeSet, boolean jbakeSite) {
    /** An Obsidian vault's: nothing is published by default, and nothing is told. */
    public static final Defaults NONE = new Defaults("", false, false);
  }

  public PublishPolicy(List<String> publicFolders) {
    this(publicFolders, "");
  }

  /**
   * @param publicFolders folders whose notes are public unless they opt out; "." for all
   * @param homeNote the home page note's path relative to content, or "" for none
   */
  public PublishPolicy(List<String> publicFolders, String homeNote) {
    this(publicFolders, homeNote, Defaults.NONE);
  }

  /**
   * @param defaults what the site gives a note that says nothing of publishing
   */
  public PublishPolicy(List<String> publicFolders, String homeNote, Defaults defaults) {
    this.publicFolders = List.copyOf(publicFolders);
    this.homeNote = homeNote;
    this.defaults = defaults;
  }

  /** How a front matter value reads as a yes/no flag. */
  enum Flag {
    ABSENT,
    /** The key with no value ({@code draft:}) or a blank one: the author's word left unsaid. */
    EMPTY,
    TRUE,
    FALSE,
    TEXT_TRUE,
    TEXT_FALSE,
    OTHER
  }

  public boolean isPublished(
      String relativePath, FrontMatter fm, boolean malformed, Diagnostics diagnostics) {
    if (malformed) {
      return false;
    }
    boolean optIn = false;
    for (Opinion publish : publishing(fm)) {
      optIn |= publish.flag() == Flag.TRUE;
    }
    for (Opinion status : opinions(fm, "status")) {
      List<String> words = words(fm.value(status.key()).orElse(null));
      optIn |= !words.isEmpty() && words.stream().allMatch("published"::equals);
      if (words.equals(List.of("published-date"))) {
        optIn |= dateHasCome(relativePath, fm, diagnostics);
      }
    }
    boolean meant = optIn || relativePath.equals(homeNote) || inPublicFolder(relativePath);
    boolean optOut = optsOut(relativePath, fm, meant, diagnostics);
    if (optOut) {
      if (relativePath.equals(homeNote)) {
        diagnostics.warning(
            relativePath,
            0,
            0,
            "is the home page (index.note) but opts out of publishing, so the generated home page"
                + " is used; remove its draft/publish: false, or set another index.note");
      }
      return false;
    }
    if (!PublishSchedule.withinItsDates(relativePath, fm, diagnostics)
        || PublishSchedule.scheduled(relativePath, fm, meant, diagnostics)) {
      return false;
    }
    if (optIn || relativePath.equals(homeNote) || inPublicFolder(relativePath)) {
      return true;
    }
    return !saysWhether(fm) && publishedByDefault(relativePath, fm, diagnostics);
  }

  /**
   * As {@link #isPublished(String, FrontMatter, boolean, Diagnostics)} of the note's front matter;
   * withheld too if the block of properties below empty lines that Obsidian ignores opts out.
   */
  public boolean isPublished(String relativePath, ParsedNote parsed, Diagnostics diagnostics) {
    return isPublished(relativePath, parsed.frontMatter(), parsed.malformed(), diagnostics)
        && !ignoredBlockOptsOut(relativePath, parsed, diagnostics);
  }

  /**
   * True, with a warning at its first property, if the block of properties Obsidian ignores (front
   * matter below empty lines, {@link ParsedNote#ignored}) opts out as front matter would: its
   * author meant {@code draft: true} and must not be published for a blank line.
   */
  public static boolean ignoredBlockOptsOut(
      String relativePath, ParsedNote parsed, Diagnostics diagnostics) {
    FrontMatter ignored = parsed.ignored();
    if (ignored.keys().isEmpty() || !optsOut(relativePath, ignored, false, new Diagnostics())) {
      return false;
    }
    int line = Integer.MAX_VALUE;
    for (String key : ignored.keys()) {
      line = Math.min(line, ignored.line(key));
    }
    diagnostics.warning(
        relativePath,
        line == Integer.MAX_VALUE ? 0 : line,
        1,
        "says the note is private in properties below empty lines, which Obsidian shows as text;"
            + " the note stays private: remove the empty lines above --- to make them its front"
            + " matter");
    return true;
  }

  /**
   * Whether the note's own front matter withholds it: {@code draft} with any value but a real
   * false, {@code publish} or {@code dg-publish} false (or text that would publish), {@code
   * published: false}, {@code status: draft}. Values that are unclear are warned about.
   */
  private static boolean optsOut(
      String path, FrontMatter fm, boolean meant, Diagnostics diagnostics) {
    boolean optOut = false;
    // private: true as draft: true, any value but a real false.
    for (Opinion draft : drafting(fm)) {
      optOut |= withheldByDraft(path, fm, draft, meant, diagnostics);
    }
    for (Opinion publish : publishing(fm)) {
      optOut |= withheldByPublish(path, fm, publish, meant, diagnostics);
    }
    // Jekyll's published: false withholds; any other value (Quartz reads a date there) is not ours.
    for (Opinion published : opinions(fm, "published")) {
      optOut |= published.flag() == Flag.FALSE || published.flag() == Flag.TEXT_FALSE;
    }
    for (Opinion status : opinions(fm, "status")) {
      // Obsidian's List property writes status: [draft]; a map is no less the author's word.
      optOut |= saysPrivate(words(fm.value(status.key()).orElse(null)));
    }
    return optOut || saysVisibilityPrivate(fm) || neverRenderedByHugo(fm) || notWritten(fm);
  }

  /** A status or visibility word that keeps a note off the site. */
  private static boolean saysPrivate(java.util.Collection<String> words) {
    return words.contains("draft") || words.contains("private") || words.contains("unpublished");
  }

  /** {@code visibility: private} (or a list holding it), as blogs and Notion exports write it. */
  private static boolean saysVisibilityPrivate(FrontMatter fm) {
    for (Opinion visibility : opinions(fm, "visibility")) {
      if (saysPrivate(words(fm.value(visibility.key()).orElse(null)))) {
        return true;
      }
    }
    return false;
  }

  /** Eleventy's {@code permalink: false}: the page is not written. */
  private static boolean notWritten(FrontMatter fm) {
    for (Opinion permalink : opinions(fm, "permalink")) {
      if (permalink.flag() == Flag.FALSE) {
        return true;
      }
    }
    return false;
  }

  /**
   * Hugo's word that a page is never rendered: {@code build.render = "never"} (or false, or {@code
   * _build}, as older Hugo wrote it), or {@code headless = true}. A Hugo user writes it to keep a
   * page off the site while its content stays in the repository.
   */
  static boolean neverRenderedByHugo(FrontMatter fm) {
    for (String key : fm.keys()) {
      String name = bare(key).toLowerCase(java.util.Locale.ROOT);
      Object value = fm.value(key).orElse(null);
      if (name.equals("headless") && Boolean.TRUE.equals(value)) {
        return true;
      }
      if ((name.equals("build") || name.equals("_build")) && value instanceof Map<?, ?> build) {
        for (Map.Entry<?, ?> option : build.entrySet()) {
          Object render = option.getValue();
          if (String.valueOf(option.getKey()).equalsIgnoreCase("render")
              && (Boolean.FALSE.equals(render)
                  || String.valueOf(render).equalsIgnoreCase("never")
                  || String.valueOf(render).equalsIgnoreCase("false"))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * True if the front matter keeps the note private by its author's clear word: {@code draft: true}
   * (or {@code yes}), {@code publish}, {@code dg-publish} or {@code published} false (or {@code
   * no}), {@code status: draft}, or a {@code publishDate} to come or an {@code expiryDate} gone by.
   * A note that only says {@code draft: false} (Quartz writes it on every note it publishes),
   * carries a {@code published} date, or whose value is unclear (warned about at its line) has not
   * chosen to be private: a vault of such notes, none published, is told how to publish them.
   */
  public static boolean choseToWithhold(FrontMatter fm) {
    for (Opinion draft : drafting(fm)) {
      if (draft.flag() == Flag.TRUE || draft.flag() == Flag.TEXT_TRUE) {
        return true;
      }
    }
    List<Opinion> saying = publishing(fm);
    saying.addAll(opinions(fm, "published"));
    for (Opinion opinion : saying) {
      if (opinion.flag() == Flag.FALSE || opinion.flag() == Flag.TEXT_FALSE) {
        return true;
      }
    }
    for (Opinion status : opinions(fm, "status")) {
      if (saysPrivate(words(fm.value(status.key()).orElse(null)))) {
        return true;
      }
    }
    // Scheduled, taken down, or never rendered, by Hugo's and Eleventy's words.
    return !PublishSchedule.withinItsDates("", fm, new Diagnostics())
        || PublishSchedule.scheduled("", fm, false, new Diagnostics())
        || saysVisibilityPrivate(fm)
        || neverRenderedByHugo(fm)
        || notWritten(fm);
  }

  /**
   * True if the front matter says {@code draft: false} (a real false): in Quartz and Hugo, a note
   * meant to be published.
   */
  public static boolean saysNoDraft(FrontMatter fm) {
    return opinions(fm, "draft").stream().anyMatch(draft -> draft.flag() == Flag.FALSE);
  }

  /**
   * {@code publish}, and the Obsidian Digital Garden plugin's {@code dg-publish}, which says the
   * same.
   */
  private static List<Opinion> publishing(FrontMatter fm) {
    List<Opinion> publishing = new ArrayList<>(opinions(fm, "publish"));
    publishing.addAll(opinions(fm, "dg-publish"));
    return publishing;
  }

  /**
   * JBake's {@code default.status} and {@code default.type} for a note that says nothing of
   * publishing ({@code MarkupEngine.setModelDefaultsIfNotSetInHeader}): published when the site
   * sets {@code default.status=published} and JBake would know the note's type; {@code
   * published-date}, once its date has come (a note without one is dated by its file, which has).
   */
  private boolean publishedByDefault(String path, FrontMatter fm, Diagnostics diagnostics) {
    boolean typed = defaults.typeSet() || fm.string("type").filter(t -> !t.isBlank()).isPresent();
    String status = defaults.status();
    if (typed && status.equals("published")) {
      return true;
    }
    if (typed && status.equals("published-date")) {
      return !fm.has("date") || dateHasCome(path, fm, diagnostics);
    }
    // Outside the folders publish.folders chooses, a note is private as chosen: no advice to
    // publish it by a default that would publish every note outside them.
    if (defaults.jbakeSite() && fm.format() == FrontMatter.Format.NONE && publicFolders.isEmpty()) {
      HeaderlessFiles.tell(path, status.startsWith("published"), diagnostics);
    }
    return false;
  }

  /**
   * JBake's {@code status=published-date}: published once its {@code date} has come (JBake's
   * Crawler turns it into {@code published} then); until then, or without a date, private.
   */
  private static boolean dateHasCome(String path, FrontMatter fm, Diagnostics diagnostics) {
    java.util.Optional<java.time.ZonedDateTime> date;
    try {
      date = fm.dateTime("date", java.time.ZoneOffset.UTC);
    } catch (RuntimeException e) {
      date = java.util.Optional.empty();
    }
    if (date.isPresent() && !date.get().isAfter(java.time.ZonedDateTime.now())) {
      return true;
    }
    diagnostics.warning(
        path,
        fm.line("status"),
        1,
        date.isPresent()
            ? "status published-date: the note is published from "
                + date.get().toLocalDate()
                + " on, by a bake on or after that day"
            : "status published-date needs a date= to be published from; the note stays private");
    return false;
  }

  /**
   * True if the front matter says anything about publishing ({@code publish}, {@code draft}, {@code
   * published}, {@code status}): a note withheld so was withheld by its author's choice.
   */
  public static boolean saysWhether(FrontMatter fm) {
    for (String key :
        List.of("publish", "dg-publish", "draft", "published", "status", "private", "visibility")) {
      if (!opinions(fm, key).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** What the note says under {@code draft}, and under {@code private}, which reads as it. */
  private static List<Opinion> drafting(FrontMatter fm) {
    List<Opinion> saying = new ArrayList<>(opinions(fm, "draft"));
    saying.addAll(opinions(fm, "private"));
    return saying;
  }

  /**
   * {@code draft} withholds with any value but a real false: also with none ({@code private:}, as
   * Obsidian's Properties panel writes a property added and left empty).
   */
  private static boolean withheldByDraft(
      String path, FrontMatter fm, Opinion draft, boolean meant, Diagnostics diagnostics) {
    switch (draft.flag()) {
      case ABSENT, FALSE -> {
        return false;
      }
      case EMPTY -> {
        return leftEmpty(
            path,
            fm,
            draft.key(),
            ": false to publish it, or " + draft.key() + ": true to say it is private",
            meant,
            diagnostics);
      }
      case TEXT_FALSE, OTHER -> {
        diagnostics.warning(
            path,
            fm.line(draft.key()),
            1,
            draft.key()
                + ": \""
                + draft.text()
                + "\" is not a real true or false, so the note stays private; write "
                + draft.key()
                + ": false without quotes to publish it");
        return true;
      }
      default -> {
        return true;
      }
    }
  }

  /**
   * A key left without a value withholds the note; said only of a note that would be published
   * otherwise (a template's empty key on every private daily note is no news). The warning ends
   * "write KEY" + {@code write}.
   */
  private static boolean leftEmpty(
      String path, FrontMatter fm, String key, String write, boolean meant, Diagnostics said) {
    if (meant) {
      said.warning(
          path,
          fm.line(key),
          1,
          key + " has no value, so the note stays private; write " + key + write);
    }
    return true;
  }

  /** {@code publish: false} in any spelling withholds; text that would publish is warned about. */
  private static boolean withheldByPublish(
      String path, FrontMatter fm, Opinion publish, boolean meant, Diagnostics diagnostics) {
    switch (publish.flag()) {
      case FALSE, TEXT_FALSE -> {
        return true;
      }
      case TEXT_TRUE -> {
        diagnostics.warning(
            path,
            fm.line(publish.key()),
            1,
            publish.key()
                + ": \""
                + publish.text()
                + "\" is text, not a boolean, so it does not publish the note; write "
                + publish.key()
                + ": true without quotes");
        return false;
      }
      case EMPTY -> {
        return leftEmpty(
            path, fm, publish.key(), ": true or " + publish.key() + ": false", meant, diagnostics);
      }
      case OTHER -> {
        diagnostics.warning(
            path,
            fm.line(publish.key()),
            1,
            publish.key()
                + ": \""
                + publish.text()
                + "\" is neither true nor false, so the note stays private; write "
                + publish.key()
                + ": true or "
                + publish.key()
                + ": false");
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  /**
   * True if an HTML file with no header is no page here: in a vault (a JBake site's is told by
   * {@link HeaderlessFiles} and published by its {@code default.status}, as JBake does).
   */
  public boolean headerlessHtmlIsNoPage() {
    return !defaults.jbakeSite();
  }

  /**
   * True if the note would be published by where it lies ({@code publish.folders}, {@code
   * index.note}) unless it opts out: a note that cannot be read there was meant for the site.
   */
  public boolean publishesByLocation(String relativePath) {
    return relativePath.equals(homeNote) || inPublicFolder(relativePath);
  }

  private boolean inPublicFolder(String relativePath) {
    for (String folder : publicFolders) {
      if (folder.equals(".") || !folder.isEmpty() && relativePath.startsWith(folder + "/")) {
        return true;
      }
    }
    return false;
  }

  /** What the note says under {@code name}, the key matched in any letter case. */
  private record Opinion(String key, Flag flag, String text) {}

  private static List<Opinion> opinions(FrontMatter fm, String name) {
    List<Opinion> found = new ArrayList<>();
    for (String key : fm.keys()) {
      if (bare(key).equalsIgnoreCase(name)) {
        Object value = fm.value(key).orElse(null);
        found.add(new Opinion(key, flag(value), value == null ? "" : String.valueOf(value)));
      }
    }
    return found;
  }

  /**
   * A key without the blanks around it, also those {@link String#strip} keeps (a no-break space, a
   * zero-width space, a byte-order mark): {@code \u00A0draft: true} is the author's draft.
   */
  static String bare(String key) {
    int start = 0;
    int end = key.length();
    while (start < end && invisible(key.charAt(start))) {
      start++;
    }
    while (end > start && invisible(key.charAt(end - 1))) {
      end--;
    }
    return key.substring(start, end);
  }

  private static boolean invisible(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || Character.getType(c) == Character.FORMAT;
  }

  /**
   * Every scalar in a value (a list's items, a map's values, nested), blank-stripped, lower case.
   */
  private static List<String> words(Object value) {
    List<String> words = new ArrayList<>();
    collectWords(value, words, 0);
    return words;
  }

  private static void collectWords(Object value, List<String> words, int depth) {
    if (value == null || depth > 16) {
      return;
    }
    if (value instanceof java.util.Collection<?> items) {
      items.forEach(item -> collectWords(item, words, depth + 1));
    } else if (value instanceof java.util.Map<?, ?> map) {
      map.values().forEach(item -> collectWords(item, words, depth + 1));
    } else {
      String text = bare(String.valueOf(value)).toLowerCase(Locale.ROOT);
      if (!text.isEmpty()) {
        words.add(text);
      }
    }
  }

  static Flag flag(Object value) {
    if (value == null) {
      return Flag.EMPTY;
    }
    if (value instanceof Boolean b) {
      return b ? Flag.TRUE : Flag.FALSE;
    }
    if (value instanceof Number || value instanceof String) {
      String text = bare(String.valueOf(value)).toLowerCase(Locale.ROOT);
      if (text.isEmpty()) {
        return Flag.EMPTY;
      }
      if (TEXT_TRUE.contains(text)) {
        return Flag.TEXT_TRUE;
      }
      return TEXT_FALSE.contains(text) ? Flag.TEXT_FALSE : Flag.OTHER;
    }
    return Flag.OTHER;
  }
}
