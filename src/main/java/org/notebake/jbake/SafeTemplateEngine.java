package org.notebake.jbake;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.jbake.app.ContentStore;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

/**
 * JBake's FreeMarker engine, configured to be safe.
 *
 * <ul>
 *   <li>{@code ?new} cannot instantiate classes ({@link
 *       TemplateClassResolver#ALLOWS_NOTHING_RESOLVER}) and {@code ?api} is off: templates cannot
 *       run code.
 *   <li>{@code .ftlh} templates auto-escape HTML, {@code .ftlx} XML; {@code .ftl} behaves as in
 *       JBake.
 *   <li>Errors are rethrown with template file, line and column, never written into the page.
 *   <li>Templates load from the site's {@code templates/} first, then from the built-in theme in
 *       the jar, so a site overrides the theme file by file.
 *   <li>Parsed templates are kept from one build to the next while the template files are the same
 *       ({@link ParsedTemplates}): a serve rebuild parses only what changed.
 * </ul>
 */
final class SafeTemplateEngine extends AbstractTemplateEngine {
  static final String THEME = "notebake/theme/templates";

  private final Configuration freemarker;
  private final Path siteTemplates;

  /**
   * An engine for one build: {@code templateFiles} is the templates' {@link
   * TemplateFiles#fingerprint}; month and day names in dates follow {@code locale} (the site's
   * language, not the machine's), and dates print in {@code zone}.
   */
  SafeTemplateEngine(
      ContentStore db, Path siteTemplates, String templateFiles, Locale locale, TimeZone zone) {
    // JBake's configuration object is not needed: notebake reads the site's settings itself.
    super(null, db);
    this.siteTemplates = siteTemplates;
    this.freemarker = ParsedTemplates.configuration(siteTemplates, templateFiles, locale, zone);
  }

  /**
   * A new configuration; it is never changed afterwards, so builds in parallel may share it. It
   * parses a template once and never looks at its file again: a changed file is a changed
   * fingerprint and so a new configuration (a file's size and time may stay the same).
   */
  static Configuration configure(Path siteTemplates, Locale locale, TimeZone zone) {
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
    cfg.setRecognizeStandardFileExtensions(true);
    cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    cfg.setAPIBuiltinEnabled(false);
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    // #attempt/#recover is a template's own way of handling an error: by default FreeMarker logs
    // each recovered one to stderr with a stack trace, on a build that succeeded.
    cfg.setAttemptExceptionReporter((e, env) -> {});
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    cfg.setDefaultEncoding("UTF-8");
    cfg.setOutputEncoding("UTF-8");
    // Digits stay ASCII in every language (ar-u-nu-latn): a number a template prints goes into
    // regexes, attributes and addresses (a feed's path depth, a photo's width, a page number),
    // which Arabic-Indic digits would break; month and day names still follow the site's language.
    cfg.setLocale(
        new Locale.Builder().setLocale(locale).setUnicodeLocaleKeyword("nu", "latn").build());
    cfg.setTimeZone(zone);
    cfg.setSQLDateAndTimeTimeZone(zone);
    cfg.setObjectWrapper(
        TemplateAccess.objects(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34))
            .build());
    cfg.setTemplateLoader(loader(siteTemplates));
    cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    return cfg;
  }

  private static TemplateLoader loader(Path siteTemplates) {
    List<TemplateLoader> loaders = new ArrayList<>();
    if (siteTemplates != null && Files.isDirectory(siteTemplates)) {
      try {
        loaders.add(new FileTemplateLoader(siteTemplates.toFile()));
      } catch (IOException e) {
        throw new IllegalStateException("cannot read templates in " + siteTemplates, e);
      }
    }
    loaders.add(new ClassTemplateLoader(SafeTemplateEngine.class.getClassLoader(), THEME));
    return new MultiTemplateLoader(loaders.toArray(new TemplateLoader[0]));
  }

  /** True if the site or the theme has a template of this name. */
  boolean exists(String name) {
    try {
      return freemarker.getTemplateLoader().findTemplateSource(name) != null;
    } catch (IOException e) {
      return false;
    }
  }

  /** Renders {@code templateName} with {@code model} into a string. */
  String render(TemplateModel model, String templateName) throws TemplateFailure {
    return render(model, templateName, null, key -> null);
  }

  /**
   * Renders with {@code tracking} (null: not tracked) recording what the template reads; {@code
   * storeLists} gives the part of the store's lists an extractor reads (null: not a list).
   */
  String render(
      TemplateModel model,
      String templateName,
      TrackingObjectWrapper tracking,
      java.util.function.Function<String, String> storeLists)
      throws TemplateFailure {
    StringWriter out = new StringWriter(8192);
    try {
      Template template = freemarker.getTemplate(templateName);
      template.process(
          tracking == null
              ? new JBakeTemplateModel(freemarker.getObjectWrapper(), model, db)
              : new JBakeTemplateModel(
                  tracking, model, db, tracking.reads(), tracking.bodies(), storeLists),
          out);
    } catch (TemplateNotFoundException e) {
      throw new TemplateFailure(
          templateName,
          0,
          0,
          "template not found in "
              + (siteTemplates == null ? "" : siteTemplates + " or ")
              + "the built-in theme; add it or fix the template.*.file key",
          e);
    } catch (freemarker.core.ParseException e) {
      throw new TemplateFailure(
          e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(), e.getEditorMessage(), e);
    } catch (TemplateException e) {
      String name = e.getTemplateSourceName() == null ? templateName : e.getTemplateSourceName();
      int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
      int column = e.getColumnNumber() == null ? 0 : e.getColumnNumber();
      throw new TemplateFailure(name, line, column, withCause(e), e);
    } catch (IOException e) {
      throw new TemplateFailure(templateName, 0, 0, "cannot read template: " + e.getMessage(), e);
    }
    return out.toString();
  }

  /**
   * The error's first line, and its cause's when FreeMarker's own says no more than where (a lambda
   * of {@code ?filter} that failed is "Failed to transform element").
   */
  private static String withCause(TemplateException e) {
    String message = firstLine(e.getMessageWithoutStackTop());
    Throwable cause = e.getCause();
    if (cause == null || cause == e) {
      return message;
    }
    String why =
        cause instanceof TemplateException inner
            ? firstLine(inner.getMessageWithoutStackTop())
            : firstLine(cause.getMessage());
    return message.contains(why) ? message : message + ": " + why;
  }

  private static String firstLine(String message) {
    String text = message == null ? "template error" : message.strip();
    int tip = text.indexOf("\n\n");
    return (tip > 0 ? text.substring(0, tip) : text).replace('\n', ' ');
  }

  @Override
  public void renderDocument(TemplateModel model, String templateName, Writer writer)
      throws RenderingException {
    try {
      writer.write(render(model, templateName));
    } catch (TemplateFailure | IOException e) {
      throw new RenderingException(e);
    }
  }
}
