package org.notebake.bench;

import java.io.File;
import java.util.List;
import org.jbake.app.Oven;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.parser.Engines;

/**
 * Bakes a benchmark vault with jbake-core 2.7.0 used the plain way: {@link Oven#bake()} with its
 * OrientDB memory store and its own FreeMarker engine, templates from {@code bench/jbake-templates}
 * and only a front-matter-aware Markdown engine added. It is the baseline notebake is compared to.
 *
 * <pre>
 * java -cp target/test-classes:$(cat target/bench/classpath) org.notebake.bench.VanillaJBake \
 *     target/bench/vault-1000 /tmp/out bench/jbake-templates
 * </pre>
 */
public final class VanillaJBake {
  private VanillaJBake() {}

  public static void main(String[] args) {
    if (args.length != 3) {
      System.err.println("usage: VanillaJBake <vault> <output-folder> <templates-folder>");
      System.exit(2);
    }
    File source = new File(args[0]).getAbsoluteFile();
    Engines.register("md", new FrontMatterMarkdownEngine());
    DefaultJBakeConfiguration config =
        new JBakeConfigurationFactory()
            .createDefaultJbakeConfiguration(source, new File(args[1]), (File) null, true);
    config.setTemplateFolder(new File(args[2]).getAbsoluteFile());
    config.setProperty("default.status", "published");
    config.setProperty("default.type", "post");
    config.setProperty("render.sitemap", true);
    Oven oven = new Oven(config);
    oven.bake();
    List<Throwable> errors = oven.getErrors();
    errors.forEach(error -> System.err.println("jbake: error: " + error));
    // OrientDB leaves non-daemon threads behind; end the process like the jbake launcher does.
    System.exit(errors.isEmpty() ? 0 : 1);
  }
}
