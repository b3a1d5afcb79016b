package org.notebake.jbake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar as users run it: no database or native libraries inside, one logging binding, and
 * a content store that never needs a class the jar does not ship.
 */
class LeanJarIT {
  private static final Path JAR = Path.of("target", "notebake.jar");

  /**
   * The budget: 12 MB (issue 13). Without OrientDB and its natives the jar was 9 MB; the readers
   * the privacy scan needs (PDFBox 2.3 MB), KaTeX and Mermaid for maths and diagrams (1.1 MB) and
   * JNA for the atomic swap (0.3 MB) came after, each for a reason in docs/architecture.md. Guava
   * (2.0 MB, for its public-suffix list) gave way to the list itself (0.1 MB). Share cards draw in
   * the Liberation Sans PDFBox already ships, not a font of their own, and the jar is written again
   * with each entry's sizes in its header (0.13 MB): 11.94 MB. JBake's own launcher, oven and
   * renderers, which notebake never runs, are left out (26 KB): 11.97 MB with 2026-12-04's code;
   * 12.002 MB with the memos' changes files the day after, back to 11.93 MB without PDFBox's FDF
   * package (forms exchanged as files of their own, 66 KB). 12.0002 MB with 2026-12-06's link and
   * privacy fixes; 11.84 MB with classes compiled without their local variables' names (line
   * numbers kept for stack traces). 11.9997 MB by 2026-12-07's update in place; 11.82 MB without
   * the library packages nothing reaches ({@link #noClassTheJarReachesIsMissingFromIt}). 12.006 MB
   * with the evening's attachment and scanner fixes (Office files inside Office files, UTF-16 text,
   * secrets' names); 11.92 MB without TwelveMonkeys' and PDFBox's unreached packages.
   */
  @Test
  void jarStaysWithinItsBudget() throws IOException {
    assertThat(Files.size(JAR)).isLessThan(12_000_000L);
  }

  @Test
  void jarShipsNoDatabaseNativeLibrariesOrSecondLoggingBinding() throws IOException {
    List<String> names = new ArrayList<>();
    try (JarFile jar = new JarFile(JAR.toFile())) {
      jar.stream().map(ZipEntry::getName).forEach(names::add);
    }
    assertThat(names)
        .noneMatch(n -> n.startsWith("com/orientechnologies/"))
        .noneMatch(n -> n.startsWith("com/ibm/icu/"))
        .noneMatch(n -> n.startsWith("jnr/"))
        .noneMatch(n -> n.startsWith("com/kenai/jffi/"))
        .noneMatch(n -> n.startsWith("com/carrotsearch/hppc/"))
        .noneMatch(n -> n.startsWith("net/jpountz/"))
        // slf4j 1.x bindings live in org/slf4j/impl; 2.x ones register a service provider.
        .noneMatch(n -> n.startsWith("org/slf4j/impl/"));
    assertThat(
            names.stream()
                .filter(n -> n.equals("META-INF/services/org.slf4j.spi.SLF4JServiceProvider")))
        .hasSize(1);
    assertThat(names).contains("org/slf4j/nop/NOPServiceProvider.class");
  }

  /**
   * Calls every public method of JBake's ContentStore that a subclass can override on the store
   * loaded from the jar alone: none may need a class the jar left out. ({@code updateSchema} is
   * final; nothing of notebake's calls it, and templates see a read-only view, not the store.)
   */
  @Test
  void everyContentStoreMethodAnswersWithoutOrientDb() throws Exception {
    try (URLClassLoader jarOnly =
        new URLClassLoader(new URL[] {JAR.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
      Class<?> storeClass = jarOnly.loadClass("org.notebake.jbake.MemoryContentStore");
      Class<?> documentClass = jarOnly.loadClass("org.jbake.model.DocumentModel");
      Constructor<?> constructor =
          storeClass.getDeclaredConstructor(
              Collection.class, Collection.class, Map.class, String.class);
      constructor.setAccessible(true);
      Object document = documentClass.getConstructor().newInstance();
      documentClass.getMethod("setType", String.class).invoke(document, "post");
      documentClass.getMethod("setUri", String.class).invoke(document, "a.html");
      documentClass.getMethod("setSourceUri", String.class).invoke(document, "a.md");
      Object store =
          constructor.newInstance(
              List.of(document), List.of("post", "page"), Map.of("t", List.of("a.html")), "data");

      Class<?> contentStore = jarOnly.loadClass("org.jbake.app.ContentStore");
      int called = 0;
      // getMethods, not getDeclaredMethods: the private helpers' signatures name OrientDB types.
      for (Method method : contentStore.getMethods()) {
        if (method.getDeclaringClass() != contentStore) {
          continue;
        }
        int modifiers = method.getModifiers();
        if (!Modifier.isPublic(modifiers) || Modifier.isFinal(modifiers)) {
          continue;
        }
        Object[] args = new Object[method.getParameterCount()];
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < args.length; i++) {
          args[i] = argumentFor(types[i], document);
        }
        method.invoke(store, args);
        called++;
      }
      assertThat(called).isGreaterThanOrEqualTo(30);
    }
  }

  private static Object argumentFor(Class<?> type, Object document) {
    if (type == String.class) {
      return "post";
    } else if (type == boolean.class) {
      return false;
    } else if (type == int.class) {
      return 0;
    } else if (type.isInstance(document)) {
      return document;
    }
    return null;
  }

  /** The public-suffix list ships in the jar, and the e-mail detector reads it from there. */
  @Test
  void publicSuffixLookupWorksFromTheJarAlone() throws Exception {
    try (URLClassLoader jarOnly =
        new URLClassLoader(new URL[] {JAR.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
      Class<?> suffixes = jarOnly.loadClass("org.notebake.privacy.PublicSuffixes");
      Method bundled = suffixes.getDeclaredMethod("bundled");
      Method under = suffixes.getDeclaredMethod("isUnderPublicSuffix", String.class);
      bundled.setAccessible(true);
      under.setAccessible(true);
      Object list = bundled.invoke(null);
      assertThat(under.invoke(list, "mail.example.co.uk")).isEqualTo(true);
      assertThat(under.invoke(list, "co.uk")).isEqualTo(false);
      assertThat(under.invoke(list, "np.transpose")).isEqualTo(false);
      assertThat(jarOnly.loadClass("org.notebake.privacy.PublicSuffixes").getClassLoader())
          .isSameAs(jarOnly);
    }
    try (JarFile jar = new JarFile(JAR.toFile())) {
      assertThat(jar.stream().map(ZipEntry::getName))
          .noneMatch(n -> n.startsWith("com/google/common/"))
          .noneMatch(n -> n.startsWith("org/apache/hc/"));
    }
  }

  /**
   * A bake from the jar alone reads JBake's configuration (commons-configuration2 without
   * commons-collections), renders templates, reads a PDF's text (PDFBox without its merging and
   * printing packages) and finds the address and the number in it through the bundled lists.
   */
  @Test
  void bakeFromTheJarReadsConfigurationTemplatesAndPdfs(@TempDir Path dir) throws Exception {
    Path vault = dir.resolve("vault");
    Files.createDirectories(vault.resolve("content/notes"));
    Files.writeString(
        vault.resolve("jbake.properties"),
        "site.host=https://example.org/\nsite.title=Lean\nsite.author=Avery Quinn\n"
            + "publish.folders=notes\n");
    Files.writeString(vault.resolve("content/notes/a.md"), "# A\n\nSee [the memo](memo.pdf).\n");
    Files.write(vault.resolve("content/notes/memo.pdf"), pdf("Call jo@example.org, 912 555 0142"));
    Files.writeString(vault.resolve("content/notes/b.md"), "# B\n\nThe [filled form](form.pdf).\n");
    Files.write(vault.resolve("content/notes/form.pdf"), form("Reach me at sam@example.org"));
    Baked baked = bakeFromTheJar(vault, dir.resolve("out"));
    assertThat(baked.exitValue()).as(baked.out()).isEqualTo(1);
    assertThat(baked.out())
        .contains("notes/memo.pdf: error: email address")
        .contains("notes/memo.pdf: error: phone number")
        .contains("notes/form.pdf: error: email address")
        .doesNotContain("Exception")
        .doesNotContain("Error:");
  }

  /**
   * A JBake template's {@code db} queries, from the jar alone: FreeMarker looks over the class of
   * what each returns, and JBake's DocumentList names OrientDB's result type, which the jar leaves
   * out (every db call failed the bake with a NoClassDefFoundError).
   */
  @Test
  void aTemplateCallingDbBakesFromTheJar(@TempDir Path dir) throws Exception {
    Path site = dir.resolve("site");
    Files.createDirectories(site.resolve("content/blog"));
    Files.createDirectories(site.resolve("templates"));
    Files.writeString(site.resolve("jbake.properties"), "template.masterindex.file=index.ftl\n");
    Files.writeString(
        site.resolve("content/blog/a.md"),
        "title=Alpha\ndate=2020-01-01\ntype=post\ntags=x\nstatus=published\n~~~~~~\nHello.\n");
    Files.writeString(
        site.resolve("templates/index.ftl"),
        "<p>${db.getPublishedPosts().size()} ${db.getPublishedPages()?size}"
            + " ${db.getPublishedContent(\"post\")?size} ${db.getAllContent(\"post\")?size}"
            + " ${db.getPublishedPostsByTag(\"x\")?size} ${db.getPublishedDocumentsByTag(\"x\")?size}"
            + " ${db.getPublishedCount(\"post\")} ${db.getDocumentCount(\"post\")}"
            + " ${db.getTags()?size} ${db.getAllTags()?size}</p>"
            + "<#list db.getPublishedPosts() as p><i>${p.title}</i></#list>\n");
    Baked baked = bakeFromTheJar(site, dir.resolve("out"));
    assertThat(baked.exitValue()).as(baked.out()).isZero();
    assertThat(Files.readString(dir.resolve("out/index.html")))
        .contains("<p>1 0 1 1 1 1 1 1 1 1</p>", "<i>Alpha</i>");
  }

  /** What a bake run as {@code java -jar target/notebake.jar} printed, and how it ended. */
  private record Baked(int exitValue, String out) {}

  private static Baked bakeFromTheJar(Path source, Path output) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                java.toString(),
                "-jar",
                JAR.toString(),
                "bake",
                "--source",
                source.toString(),
                "--output",
                output.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Baked(process.exitValue(), out);
  }

  private static byte[] pdf(String text) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(72, 700);
        content.showText(text);
        content.endText();
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      doc.save(bytes);
      return bytes.toByteArray();
    }
  }

  /**
   * A PDF with a form whose text field holds {@code value}: its form classes are read from the jar,
   * which leaves out PDFBox's FDF package (forms exchanged as separate files, never read here).
   */
  private static byte[] form(String value) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm form =
          new org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm(doc);
      doc.getDocumentCatalog().setAcroForm(form);
      org.apache.pdfbox.pdmodel.PDResources resources = new org.apache.pdfbox.pdmodel.PDResources();
      resources.put(
          org.apache.pdfbox.cos.COSName.HELV, new PDType1Font(Standard14Fonts.FontName.HELVETICA));
      form.setDefaultResources(resources);
      form.setDefaultAppearance("/Helv 0 Tf 0 g");
      org.apache.pdfbox.pdmodel.interactive.form.PDTextField field =
          new org.apache.pdfbox.pdmodel.interactive.form.PDTextField(form);
      field.setPartialName("contact");
      org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget widget =
          field.getWidgets().get(0);
      widget.setRectangle(new org.apache.pdfbox.pdmodel.common.PDRectangle(50, 700, 300, 20));
      widget.setPage(page);
      page.getAnnotations().add(widget);
      form.getFields().add(field);
      field.setValue(value);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      doc.save(bytes);
      return bytes.toByteArray();
    }
  }

  @Test
  void versionRunsFromTheJar() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(java.toString(), "-jar", JAR.toString(), "--version")
            .redirectErrorStream(true)
            .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(out).isZero();
    assertThat(out).startsWith("notebake ");
  }

  /**
   * Classes the jar leaves out on purpose, though classes in it refer to them: BouncyCastle (PDF
   * signatures and encryption), OrientDB (JBake's database, replaced by the in-memory store), re2j,
   * FreeMarker's DOM wrapper, commons-collections (beanutils' old FastHashMap), XML configurations,
   * PDFBox's FDF (pom.xml says why for each).
   */
  private static final List<String> LEFT_OUT =
      List.of(
          "org.bouncycastle.",
          "com.orientechnologies.",
          "com.google.re2j.",
          "freemarker.ext.dom.",
          "org.apache.commons.collections.",
          "org.apache.commons.configuration2.XMLConfiguration",
          "org.apache.commons.configuration2.resolver.",
          "org.apache.pdfbox.pdfparser.FDFParser",
          "org.apache.pdfbox.pdmodel.fdf.");

  /**
   * Packages are left out of the jar where nothing reaches them (pom.xml): from notebake's classes
   * and every service the jar declares, following each class's references (jdeps), no class refers
   * to one the jar lacks, but for those {@link #LEFT_OUT} on purpose. A class reached that is not
   * there would be a {@code NoClassDefFoundError} in some user's bake.
   */
  @Test
  void noClassTheJarReachesIsMissingFromIt() throws IOException {
    java.util.spi.ToolProvider jdeps = java.util.spi.ToolProvider.findFirst("jdeps").orElseThrow();
    java.io.StringWriter out = new java.io.StringWriter();
    String jar = JAR.toString();
    int exit =
        jdeps.run(
            new java.io.PrintWriter(out),
            new java.io.PrintWriter(new java.io.StringWriter()),
            "--multi-release",
            "17",
            "-verbose:class",
            "-filter:none",
            "-cp",
            jar,
            jar);
    assertThat(exit).isZero();
    Map<String, List<String>> inJar = new java.util.HashMap<>();
    Map<String, List<String>> notFound = new java.util.HashMap<>();
    java.util.regex.Pattern edge =
        java.util.regex.Pattern.compile("\\s+(\\S+)\\s+->\\s+(\\S+)\\s+(.+)");
    for (String line : out.toString().split("\\R")) {
      java.util.regex.Matcher m = edge.matcher(line);
      if (m.matches()) {
        String where = m.group(3).strip();
        Map<String, List<String>> to =
            where.equals("not found") ? notFound : where.equals("notebake.jar") ? inJar : null;
        if (to != null) {
          to.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(m.group(2));
        }
      }
    }
    java.util.Deque<String> pending = new java.util.ArrayDeque<>();
    try (JarFile file = new JarFile(JAR.toFile())) {
      for (ZipEntry entry : java.util.Collections.list(file.entries())) {
        String name = entry.getName();
        if (name.startsWith("org/notebake/") && name.endsWith(".class")) {
          pending.add(name.substring(0, name.length() - 6).replace('/', '.'));
        } else if (name.startsWith("META-INF/services/") && !entry.isDirectory()) {
          for (String provider :
              new String(file.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8)
                  .split("\\R")) {
            String named = provider.replaceAll("#.*", "").strip();
            if (!named.isEmpty()) {
              pending.add(named);
            }
          }
        }
      }
    }
    java.util.Set<String> reached = new java.util.HashSet<>();
    List<String> missing = new ArrayList<>();
    while (!pending.isEmpty()) {
      String next = pending.pop();
      if (reached.add(next)) {
        pending.addAll(inJar.getOrDefault(next, List.of()));
        for (String absent : notFound.getOrDefault(next, List.of())) {
          if (LEFT_OUT.stream().noneMatch(absent::startsWith)) {
            missing.add(next + " -> " + absent);
          }
        }
      }
    }
    assertThat(reached).hasSizeGreaterThan(4000).contains("org.notebake.cli.Main");
    assertThat(missing).isEmpty();
  }
}
