package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attack suite's property tests: random public notes with unique markers planted in every
 * private place, and phone numbers planted in every channel, baked in full; then every output byte
 * is searched. The seed is fixed; {@code -Dnotebake.attack.seed=N} tries another.
 */
class PrivacyAttackTest {
  private static final long SEED = Long.getLong("notebake.attack.seed", 20261202L);

  /**
   * Phone number channels the private-data scan does not read yet on main (issue 12, items 3 and 4,
   * fixed on other branches): they are planted and baked like the others, but not asserted. Remove
   * a name once its fix is merged; the test then holds it to the same rule.
   */
  /** Channels the scan does not read yet: none. */
  static final Set<String> PENDING_PHONE_CHANNELS = Set.of();

  @TempDir Path dir;

  @Test
  void privateMarkersReachNoOutputByte() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("site"),
            """
            -- jbake.properties --
            site.host=https://example.org/
            privacy.callouts=diary
            """);
    AttackVault vault = new AttackVault(new Random(SEED), site.root().resolve("content"));
    vault.write(12);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as("seed %d: %s", SEED, r).isZero();
    assertThat(site.files()).as("pages").hasSizeGreaterThan(16);
    String all = site.everything().toLowerCase();
    List<String> leaked = vault.markers().stream().filter(all::contains).toList();
    assertThat(leaked).as("markers in the output, seed %d", SEED).isEmpty();
  }

  /** A channel a phone number can travel in: a name and the files that plant it. */
  private record Channel(String name, String number, String files) {}

  @Test
  void phoneNumbersInEveryChannelFailTheBuildOrStayOut() throws Exception {
    List<Channel> channels = channels();
    SiteFixture site = SiteFixture.of(dir.resolve("phones"), "");
    for (Channel c : channels) {
      site.add(c.files());
    }
    Files.createDirectories(site.root().resolve("files"));
    Files.write(site.root().resolve("files/photo.png"), AttackVault.pngWithText("plain"));
    Files.write(site.root().resolve("files/meta.png"), AttackVault.pngWithText("912 555 0123"));

    SiteFixture.Result first = site.bake();
    List<Channel> caught = new ArrayList<>();
    for (Channel c : channels) {
      String tail = digits(c.number()).substring(digits(c.number()).length() - 2);
      if (first.exitCode() == 1 && first.err().contains("**" + tail + "\"")) {
        caught.add(c);
      }
    }
    // Allow what the scan caught, by the ids it gave, so the second bake writes a site and shows
    // the rest.
    StringBuilder allow = new StringBuilder();
    java.util.regex.Matcher id =
        java.util.regex.Pattern.compile("\\(id ([a-z.-]+:[0-9a-f]+)\\)").matcher(first.err());
    while (id.find()) {
      allow.append(id.group(1)).append('\n');
    }
    // Findings in attachment files name no id yet: those are allowed by their value.
    caught.forEach(c -> allow.append(digits(c.number())).append('\n'));
    Files.writeString(site.root().resolve("privacy.allow"), allow);
    SiteFixture.Result second = site.bake();
    assertThat(second.exitCode()).as("%s", second).isZero();

    String out = searchable(site.output());
    List<String> leaked = new ArrayList<>();
    List<String> report = new ArrayList<>();
    for (Channel c : channels) {
      boolean reported = caught.contains(c);
      boolean absent = !out.contains(digits(c.number()));
      report.add(c.name() + (reported ? ": finding" : absent ? ": absent" : ": LEAKED"));
      if (!reported && !absent && !PENDING_PHONE_CHANNELS.contains(c.name())) {
        leaked.add(c.name());
      }
    }
    System.out.println("phone channels: " + report);
    assertThat(leaked).as("channels whose number reached the output unreported").isEmpty();
  }

  private static List<Channel> channels() {
    return List.of(
        note("body", "912 555 0110", "Call 912 555 0110 today."),
        new Channel(
            "title",
            "912 555 0111",
            "-- title.md --\n---\npublish: true\ntitle: Call 912 555 0111\n---\nText.\n"),
        note("alt", "912 555 0112", "![Call 912 555 0112](files/photo.png)"),
        note("url-query", "9125550113", "[site](https://example.org/?tel=9125550113)"),
        note("url-path", "912-555-0114", "[site](https://example.org/912-555-0114)"),
        note("attribute-title", "912 555 0115", "[site](https://example.org \"912 555 0115\")"),
        note("attribute-data", "912 555 0116", "<span data-phone=\"912 555 0116\">x</span>"),
        new Channel(
            "note-file-name",
            "912-555-0117",
            "-- call-912-555-0117.md --\n---\npublish: true\ntitle: Call\n---\nText.\n"),
        new Channel(
            "attachment-file-name",
            "912-555-0118",
            "-- files/912-555-0118.pdf --\n%PDF-1.4\n"
                + "-- attachment-file-name.md --\n---\npublish: true\n---\n"
                + "[[912-555-0118.pdf|the file]]\n"),
        note("tag", "912-555-0119", "Tagged #call-912-555-0119 here."),
        new Channel(
            "attachment-text",
            "912 555 0120",
            "-- files/contacts.txt --\nAna 912 555 0120\n"
                + "-- attachment-text.md --\n---\npublish: true\n---\n[[contacts.txt|contacts]]\n"),
        new Channel(
            "photo-metadata",
            "912 555 0123",
            "-- photo-metadata.md --\n---\npublish: true\n---\n![[meta.png]]\n"),
        new Channel(
            "svg-text",
            "912 555 0124",
            "-- files/drawing.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\">"
                + "<text x=\"1\" y=\"9\">912 555 0124</text></svg>\n"
                + "-- svg-text.md --\n---\npublish: true\n---\n![[drawing.svg]]\n"),
        new Channel(
            "description",
            "912 555 0125",
            "-- description.md --\n---\npublish: true\ndescription: Call 912 555 0125\n---\nText.\n"),
        note("fullwidth-digits", "９１２ ５５５ ０１２１", "Call ９１２ ５５５ ０１２１ today."),
        note("arabic-indic-digits", "٩١٢ ٥٥٥ ٠١٢٢", "Call ٩١٢ ٥٥٥ ٠١٢٢ today."));
  }

  private static Channel note(String name, String number, String body) {
    return new Channel(
        name, number, "-- " + name + ".md --\n---\npublish: true\n---\n" + body + "\n");
  }

  /** The number's digits in ASCII: {@code ９１２ ５５５ ０１２１} gives {@code 9125550121}. */
  static String digits(String number) {
    StringBuilder out = new StringBuilder();
    number
        .codePoints()
        .filter(Character::isDigit)
        .forEach(cp -> out.append(Character.digit(cp, 10)));
    return out.toString();
  }

  /**
   * Every output file's name and text with each run of digits and short separators between them
   * (spaces, dashes, dots, {@code %20}, brackets) folded to its ASCII digits, so a number is found
   * however it was written.
   */
  static String searchable(Path output) throws Exception {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> walk = Files.walk(output)) {
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        all.append(output.relativize(file)).append('\n');
        all.append(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).append('\n');
      }
    }
    String text = Normalizer.normalize(all.toString().replace("%20", " "), Normalizer.Form.NFKC);
    StringBuilder folded = new StringBuilder();
    StringBuilder separators = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isDigit(c)) {
        if (separators.length() > 3) {
          folded.append(' ');
        }
        separators.setLength(0);
        folded.append(Character.digit(c, 10));
      } else if (" -.()+/\u00a0".indexOf(c) >= 0) {
        separators.append(c);
      } else {
        separators.append("xxxx");
        folded.append(c == '\n' ? '\n' : c);
      }
    }
    return folded.toString();
  }
}
