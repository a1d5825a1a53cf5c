package io.datapact.generator.template;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.OutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import io.datapact.generator.sql.Dialect;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * FreeMarker templates of one dialect, looked up along a chain: the user's override folder
 * ({@code <templateDirectory>/sql/<dialect>/}, then {@code <templateDirectory>/sql/base/}), then the
 * built-in dialect folder, its parent's, and the built-in base set. A user overrides one file and
 * keeps every other built-in. The documentation site's templates ({@link #site}) follow the same
 * idea: {@code <templateDirectory>/site/} before the built-in set.
 */
public final class Templates {
  /** Classpath root of the built-in templates. */
  public static final String BUILT_IN = "io/datapact/templates/sql/";
  /** Classpath folder of the built-in documentation site templates. */
  public static final String BUILT_IN_SITE = "io/datapact/templates/site";

  private final Configuration config;

  /** Templates for a dialect, with an optional user override folder (may be null). */
  public Templates(Dialect dialect, Path overrides) {
    this(chain(overrides, "sql", folders(dialect), BUILT_IN), null);
  }

  private Templates(List<TemplateLoader> chain, OutputFormat format) {
    config = new Configuration(Configuration.VERSION_2_3_34);
    config.setTemplateLoader(new MultiTemplateLoader(chain.toArray(TemplateLoader[]::new)));
    config.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
    config.setDefaultEncoding("UTF-8");
    config.setLocale(Locale.ROOT);
    config.setTimeZone(TimeZone.getTimeZone("UTC"));
    config.setNumberFormat("computer");
    config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    config.setLogTemplateExceptions(false);
    config.setWrapUncheckedExceptions(true);
    config.setFallbackOnNullLoopVariable(false);
    if (format != null) {
      config.setOutputFormat(format);
      config.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
    }
  }

  /**
   * The documentation site's templates: {@code <overrides>/site/} first, then the built-in set.
   * Every {@code ${...}} is HTML-escaped unless a template says {@code ?no_esc}.
   */
  public static Templates site(Path overrides) {
    List<TemplateLoader> chain = chain(overrides, "site", List.of("."), null);
    chain.add(new ClassTemplateLoader(Templates.class.getClassLoader(), BUILT_IN_SITE));
    return new Templates(chain, HTMLOutputFormat.INSTANCE);
  }

  /** User folders {@code <overrides>/<area>/<folder>} that exist, then built-in ones under {@code builtIn} (if not null). */
  private static List<TemplateLoader> chain(Path overrides, String area, List<String> folders, String builtIn) {
    List<TemplateLoader> chain = new ArrayList<>();
    try {
      if (overrides != null) {
        for (String folder : folders) {
          File dir = overrides.resolve(area).resolve(folder).normalize().toFile();
          if (dir.isDirectory()) {
            chain.add(new FileTemplateLoader(dir));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read template folder under " + overrides, e);
    }
    if (builtIn != null) {
      for (String folder : folders) {
        chain.add(new ClassTemplateLoader(Templates.class.getClassLoader(), builtIn + folder));
      }
    }
    return chain;
  }

  /** The folders searched, most specific first: the dialect, its parent, base. */
  public static List<String> folders(Dialect dialect) {
    List<String> folders = new ArrayList<>();
    folders.add(dialect.name());
    dialect.parent().ifPresent(folders::add);
    folders.add("base");
    return folders;
  }

  /** Renders {@code name} with the model bound to {@code m}; output ends with exactly one newline. */
  public String render(String name, Object model) {
    try {
      Template template = config.getTemplate(name);
      StringWriter out = new StringWriter();
      template.process(Map.of("m", model), out);
      return normalize(out.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load template " + name, e);
    } catch (TemplateException e) {
      throw new IllegalStateException("template " + name + " failed: " + e.getMessageWithoutStackTop(), e);
    }
  }

  /** LF line ends, no trailing blanks, no runs of blank lines, one final newline. */
  static String normalize(String text) {
    String unix = text.replace("\r\n", "\n");
    StringBuilder out = new StringBuilder();
    boolean blank = true;
    for (String line : unix.split("\n", -1)) {
      String trimmed = line.stripTrailing();
      if (trimmed.isEmpty()) {
        if (!blank) {
          out.append('\n');
        }
        blank = true;
      } else {
        out.append(trimmed).append('\n');
        blank = false;
      }
    }
    String result = out.toString();
    while (result.endsWith("\n\n")) {
      result = result.substring(0, result.length() - 1);
    }
    return result;
  }
}
