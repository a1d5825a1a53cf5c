package io.datapact.generator.java;

import io.datapact.generator.sql.ObjectNames;
import io.datapact.model.Contract;
import io.datapact.model.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Java names for what is generated from a contract: the package {@code <base>.<domain>}, the record
 * {@code Claims} (or {@code PlansV2} when majors live side by side), camel-case components, and
 * enum constants for enum values.
 */
final class JavaNames {
  private JavaNames() {}

  /** {@code <base>.<domain>}; a domain that is a Java keyword gets a trailing {@code _}. */
  static String packageOf(String basePackage, Contract c) {
    return basePackage + "." + identifier(c.domain());
  }

  /**
   * The record's simple name: the object names' base without the domain, in Pascal case, so that
   * {@code benefits__plans_v2} becomes {@code PlansV2}.
   */
  static String recordName(ObjectNames names, Contract c) {
    return pascal(names.base().substring(c.domain().length() + 2));
  }

  /** {@code claim_id -> claimId}; keywords and names clashing with record methods get a trailing {@code _}. */
  static String component(Field f) {
    String camel = camel(f.name());
    return SourceVersion.isKeyword(camel) || RESERVED.contains(camel) ? camel + "_" : camel;
  }

  /** Methods every generated record has, which no component may shadow. */
  private static final Set<String> RESERVED = Set.of("violations", "toString", "hashCode", "equals", "getClass",
      "notify", "notifyAll", "wait", "clone", "finalize");

  /** The nested enum of an enum field: {@code claim_type -> ClaimType}. */
  static String enumName(Field f) {
    return pascal(f.name());
  }

  /**
   * Enum constants for the values, in order: upper case, every other character {@code _}, a
   * leading {@code _} before a digit; clashes get {@code _2}, {@code _3}.
   */
  static List<String> constants(List<String> values) {
    List<String> out = new ArrayList<>();
    for (String v : values) {
      StringBuilder b = new StringBuilder();
      v.toUpperCase(Locale.ROOT).codePoints().forEach(cp -> b.append(
          cp < 128 && Character.isLetterOrDigit(cp) ? Character.toString(cp) : "_"));
      String name = b.length() == 0 || Character.isDigit(b.charAt(0)) ? "_" + b : b.toString();
      if (SourceVersion.isKeyword(name) || name.equals("_")) {
        name = name + "_";
      }
      String unique = name;
      for (int n = 2; out.contains(unique); n++) {
        unique = name + "_" + n;
      }
      out.add(unique);
    }
    return out;
  }

  /** {@code static final} constant name for a field: {@code claim_id -> CLAIM_ID}. */
  static String constant(Field f, String suffix) {
    return f.name().toUpperCase(Locale.ROOT) + "_" + suffix;
  }

  private static String identifier(String name) {
    return SourceVersion.isKeyword(name) ? name + "_" : name;
  }

  private static String camel(String snake) {
    String p = pascal(snake);
    return Character.toLowerCase(p.charAt(0)) + p.substring(1);
  }

  private static String pascal(String snake) {
    StringBuilder b = new StringBuilder();
    for (String part : snake.split("_")) {
      if (!part.isEmpty()) {
        b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return b.length() == 0 ? "X" : b.toString();
  }
}
