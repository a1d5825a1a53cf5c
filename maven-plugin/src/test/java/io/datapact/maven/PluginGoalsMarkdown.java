package io.datapact.maven;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * {@code docs/plugin-goals.md}: the goals and parameters of the plugin as Markdown, written from the
 * plugin descriptor ({@code META-INF/maven/plugin.xml}) that maven-plugin-plugin builds from the
 * mojos' annotations and Javadoc. Read-only parameters are left out: users cannot set them.
 */
final class PluginGoalsMarkdown {
  private PluginGoalsMarkdown() {}

  /** A goal of the descriptor. */
  record Goal(String name, String description, String phase, boolean threadSafe, List<Param> params) {}

  /** A parameter a user can set. */
  record Param(String name, String type, String property, String defaultValue, String description) {}

  /** The goals of a descriptor, sorted by name. */
  static List<Goal> goals(Path descriptor) throws IOException {
    Element plugin = parse(descriptor).getDocumentElement();
    List<Goal> goals = new ArrayList<>();
    for (Element mojo : children(child(plugin, "mojos"), "mojo")) {
      Element config = child(mojo, "configuration");
      List<Param> params = new ArrayList<>();
      for (Element p : children(child(mojo, "parameters"), "parameter")) {
        if (!"true".equals(text(p, "editable"))) {
          continue;
        }
        String name = text(p, "name");
        Element value = config == null ? null : child(config, name);
        String property = value == null ? "" : value.getTextContent().strip();
        params.add(new Param(name, simpleType(text(p, "type")),
            property.startsWith("${") ? property.substring(2, property.length() - 1) : "",
            value == null ? "" : value.getAttribute("default-value"), text(p, "description")));
      }
      params.sort(Comparator.comparing(Param::name));
      goals.add(new Goal(text(mojo, "goal"), text(mojo, "description"), text(mojo, "phase"),
          "true".equals(text(mojo, "threadSafe")), params));
    }
    goals.sort(Comparator.comparing(Goal::name));
    return goals;
  }

  /** The Markdown page of a descriptor. */
  static String render(Path descriptor) throws IOException {
    Element plugin = parse(descriptor).getDocumentElement();
    String prefix = text(plugin, "goalPrefix");
    StringBuilder md = new StringBuilder();
    md.append("# Plugin goals\n\n")
        .append("<!-- Generated from the plugin descriptor by PluginGoalsDocTest; do not edit by hand. After changing a\n")
        .append("     mojo: ./mvnw -B verify -pl maven-plugin -am -Dinvoker.skip -Dtest=PluginGoalsDocTest")
        .append(" -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true -->\n\n")
        .append("`").append(text(plugin, "groupId")).append(':').append(text(plugin, "artifactId"))
        .append("`, goal prefix `").append(prefix).append("`; needs Java ").append(text(plugin, "requiredJavaVersion"))
        .append(" and Maven ").append(text(plugin, "requiredMavenVersion")).append(" or newer. Every goal is")
        .append(" thread-safe (`mvn -T`). `mvn ").append(prefix).append(":help -Ddetail` prints this in a terminal.\n\n")
        .append("| goal | default phase | what it does |\n|---|---|---|\n");
    List<Goal> goals = goals(descriptor);
    for (Goal g : goals) {
      md.append("| [`").append(prefix).append(':').append(g.name()).append("`](#").append(prefix).append(g.name())
          .append(") | ").append(g.phase().isEmpty() ? "none" : "`" + g.phase() + "`").append(" | ")
          .append(cell(firstSentence(g.description()))).append(" |\n");
    }
    for (Goal g : goals) {
      md.append("\n## ").append(prefix).append(':').append(g.name()).append("\n\n").append(prose(g.description()))
          .append("\n\nDefault phase: ").append(g.phase().isEmpty() ? "none" : "`" + g.phase() + "`")
          .append(". Thread-safe: ").append(g.threadSafe() ? "yes" : "no").append(".\n");
      if (g.params().isEmpty()) {
        continue;
      }
      md.append("\n| parameter | user property | default | type | description |\n|---|---|---|---|---|\n");
      for (Param p : g.params()) {
        md.append("| `").append(p.name()).append("` | ").append(code(p.property())).append(" | ")
            .append(code(p.defaultValue())).append(" | ").append(p.type()).append(" | ").append(cell(p.description()))
            .append(" |\n");
      }
    }
    return md.toString();
  }

  private static String firstSentence(String text) {
    String line = text.strip().replaceAll("\\s+", " ");
    int end = line.indexOf(". ");
    return end < 0 ? line : line.substring(0, end + 1);
  }

  private static String code(String value) {
    return value.isEmpty() ? "" : "`" + value + "`";
  }

  private static String cell(String text) {
    return prose(text).replace("|", "\\|");
  }

  /** Descriptor text as Markdown prose: one line, no character Markdown would read as markup. */
  private static String prose(String text) {
    return text.strip().replaceAll("\\s+", " ").replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_")
        .replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String simpleType(String type) {
    return type.substring(type.lastIndexOf('.') + 1);
  }

  private static Document parse(Path file) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      return factory.newDocumentBuilder().parse(file.toFile());
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static Element child(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? null : found.get(0);
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    if (parent == null) {
      return out;
    }
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node n = nodes.item(i);
      if (n instanceof Element e && e.getTagName().equals(name)) {
        out.add(e);
      }
    }
    return out;
  }

  private static String text(Element parent, String name) {
    Element e = child(parent, name);
    return e == null ? "" : e.getTextContent().strip();
  }
}
