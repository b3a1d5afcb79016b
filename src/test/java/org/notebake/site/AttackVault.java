package org.notebake.site;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/**
 * Writes a random vault of public notes with unique random markers planted in every private place:
 * private callouts in all their forms, comments, private and draft notes, front matter keys that
 * are not exposed, link definitions and footnotes inside private callouts, attachments only private
 * parts reference, and photo metadata. The same seed always writes the same vault.
 *
 * <pre>{@code
 * AttackVault vault = new AttackVault(new Random(seed), root);
 * vault.write(20);
 * vault.markers(); // every planted string; none may reach the output
 * }</pre>
 */
final class AttackVault {
  private static final List<String> WORDS =
      List.of(
          "river", "signal", "garden", "quiet", "lantern", "harbor", "paper", "winter", "orbit",
          "meadow", "copper", "bridge", "window", "field", "thread", "compass", "morning", "stone",
          "cloud", "letter", "market", "echo", "valley", "ember");

  private final Random random;
  private final Path content;
  private final List<String> markers = new ArrayList<>();
  private final List<String> privateNotes = new ArrayList<>();
  private int refs;

  /**
   * @param content the content folder; {@code privacy.callouts} must name {@code diary}
   */
  AttackVault(Random random, Path content) {
    this.random = random;
    this.content = content;
  }

  /** Every marker planted so far. */
  List<String> markers() {
    return List.copyOf(markers);
  }

  /** Writes {@code count} public notes and a few private ones they point at. */
  void write(int count) throws IOException {
    for (int i = 0; i < 4; i++) {
      writePrivateNote(i);
    }
    for (int i = 0; i < count; i++) {
      writePublicNote(i);
    }
  }

  private String marker() {
    StringBuilder m = new StringBuilder("pm");
    for (int i = 0; i < 10; i++) {
      m.append((char) ('a' + random.nextInt(26)));
    }
    markers.add(m.toString());
    return m.toString();
  }

  private String words(int n) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      out.append(i == 0 ? "" : " ").append(WORDS.get(random.nextInt(WORDS.size())));
    }
    return out.toString();
  }

  private void writePrivateNote(int i) throws IOException {
    String name = marker();
    privateNotes.add(name);
    String front =
        switch (i % 3) {
          case 0 -> "---\ntitle: " + marker() + "\ntags: [" + marker() + "]\n---\n";
          case 1 -> "---\npublish: false\n---\n";
          default -> "---\npublish: true\nstatus: draft\n---\n";
        };
    String body = words(5) + " " + marker() + "\n\n#" + marker() + " ![[" + attachment() + "]]\n";
    write("notes/" + name + ".md", front + body);
  }

  /** A text file only a private part links to: its name and its text are both markers. */
  private String attachment() throws IOException {
    String name = marker() + ".txt";
    write("files/" + name, marker() + "\n");
    return name;
  }

  private void writePublicNote(int i) throws IOException {
    StringBuilder note = new StringBuilder("---\npublish: true\ntitle: ");
    note.append(words(2)).append(' ').append(i).append('\n');
    note.append("tags: [").append(words(1)).append("]\n");
    note.append(hiddenFrontMatter()).append("---\n");
    // Other notes embed this section, so what is private in it must stay out of theirs too.
    note.append("## Section 1\n\n").append(words(8)).append("\n\n").append(privateBlock());
    note.append("\n\n");
    int blocks = 3 + random.nextInt(6);
    for (int b = 0; b < blocks; b++) {
      note.append(random.nextInt(3) == 0 ? publicBlock(i, b) : privateBlock()).append("\n\n");
    }
    if (random.nextBoolean()) {
      note.append(privateBlock()); // a private part at the very end, maybe with no newline after
    }
    String text = random.nextBoolean() ? note.toString().strip() : note.toString();
    write("essays/note-" + i + ".md", random.nextInt(4) == 0 ? text.replace("\n", "\r\n") : text);
  }

  private String hiddenFrontMatter() {
    return switch (random.nextInt(4)) {
      case 0 -> "secret: " + marker() + "\n";
      case 1 -> "people: [" + marker() + ", " + marker() + "]\n";
      case 2 -> "extra:\n  inner: " + marker() + "\n";
      default -> "phone_note: \"" + marker() + "\"\n";
    };
  }

  private String publicBlock(int note, int block) throws IOException {
    return switch (random.nextInt(6)) {
      case 0 -> "## Section " + block + "\n\n" + words(12);
      case 1 -> "- " + words(3) + "\n- " + words(4);
      case 2 -> "> [!tip] " + words(2) + "\n> " + words(6);
      case 3 -> note > 0 ? "![[note-" + random.nextInt(note) + "#Section 1]]" : words(8);
      case 4 ->
          "See [["
              + privateNotes.get(random.nextInt(privateNotes.size()))
              + "|"
              + words(2)
              + "]] and [[note-"
              + random.nextInt(note + 1)
              + "]].";
      default -> "![[" + photo(note, block) + "]]";
    };
  }

  /** A public photo whose PNG text chunk holds a marker, which must be stripped. */
  private String photo(int note, int block) throws IOException {
    String name = "photo-" + note + "-" + block + ".png";
    Path file = content.resolve("files").resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, pngWithText(marker()));
    return name;
  }

  private String privateBlock() throws IOException {
    String lazy = words(3) + " " + marker(); // planted even if unused: harmless
    List<Supplier<String>> forms =
        List.of(
            () -> "> [!private]\n" + lazy,
            () -> "> [!private] " + marker() + "\n> " + marker(),
            () -> "> [!private]- " + marker() + "\n> " + marker() + "\n" + lazy,
            () -> "> [!private]+\n" + lazy + "\n> " + marker(),
            () -> "> [!PRIVATE]\n" + lazy,
            () -> "> [!Private|wide]\n> " + marker(),
            () -> ">\n> [!private]\n" + lazy,
            () -> "> [!note] " + words(2) + "\n> > [!private]\n> > " + marker() + "\n> " + lazy,
            () -> "> [!private]\n> > [!tip] " + marker() + "\n> > " + marker(),
            () -> "- " + words(2) + "\n  > [!private]\n  " + lazy + "\n- " + words(2),
            () -> "> [!private]\n    " + lazy,
            () -> "> [!diary]\n" + lazy,
            () -> "> [!private]\n" + words(2) + " #" + marker() + " [[" + marker() + "]]",
            () -> "> [!private]\n> ## " + marker() + "\n> " + lazy,
            () -> definition(),
            () -> "> [!private]\n> [^" + marker() + "]: " + marker(),
            () -> "> [!private]\n> ![[" + uncheckedAttachment() + "]]",
            () -> words(3) + " %%" + marker() + "%% " + words(2),
            () -> "%%\n" + marker() + "\n\n- " + marker() + "\n%%",
            () -> words(2) + " %%" + marker() + "\n> " + marker() + "%% " + words(2),
            () -> "> [!note]\n> " + words(2) + " %%" + marker() + "%%");
    return forms.get(random.nextInt(forms.size())).get();
  }

  /** A link definition inside a private callout, used by public text. */
  private String definition() {
    String label = "ref-" + refs++;
    return "> [!private]\n> ["
        + label
        + "]: https://elsewhere.example.net/"
        + marker()
        + "\n\n"
        + words(2)
        + " ["
        + words(1)
        + "]["
        + label
        + "].";
  }

  private String uncheckedAttachment() {
    try {
      return attachment();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(String path, String text) throws IOException {
    Path file = content.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** A 2x2 PNG with a {@code tEXt} chunk holding {@code text} before its end. */
  static byte[] pngWithText(String text) throws IOException {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "png", png);
    byte[] plain = png.toByteArray();
    byte[] data = ("Comment\0" + text).getBytes(StandardCharsets.ISO_8859_1);
    byte[] type = "tEXt".getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(type);
    crc.update(data);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int iend = plain.length - 12;
    out.write(plain, 0, iend);
    out.write(int32(data.length));
    out.write(type);
    out.write(data);
    out.write(int32((int) crc.getValue()));
    out.write(plain, iend, 12);
    return out.toByteArray();
  }

  private static byte[] int32(int v) {
    return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
  }
}
