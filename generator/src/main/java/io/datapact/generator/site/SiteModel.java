package io.datapact.generator.site;

import java.util.List;

/**
 * What the site templates see, bound to {@code m}. Every text is raw: the templates escape it
 * (HTML auto-escaping); {@code root} is the relative path from a page back to the site root.
 */
public final class SiteModel {
  private SiteModel() {}

  /** The index: every contract id by domain, and what the site holds. */
  public record Index(String root, String title, List<Domain> domains, int contracts, int versions, int objects,
      int checks) {}

  /** The contracts of one domain. */
  public record Domain(String name, List<IndexEntry> entries) {}

  /** One contract id: its latest version and every version with its status. */
  public record IndexEntry(String id, String kind, String description, String team, VersionRow latest,
      List<VersionRow> versions, int fields, int piiFields, int checks) {}

  /** The page of the lineage diagram. */
  public record Lineage(String root, String title, String svg, int objects, List<KindCount> kinds) {}

  /** How many DAG nodes are of one kind. */
  public record KindCount(String kind, int count) {}

  /** One page per contract version. */
  public record ContractPage(String root, String title, String id, String version, String status, String kind,
      String description, Owner owner, List<VersionRow> versions, Deprecation deprecation, List<Property> source,
      List<Property> sla, List<FieldRow> fields, List<RuleRow> rules, List<CheckRow> checks, List<RoleRow> access,
      List<ObjectRow> objects, String lineageSvg) {}

  /** The team that answers for the contract. */
  public record Owner(String team, String email) {}

  /** When a deprecated version goes away and what replaces it. */
  public record Deprecation(String removalDate, String replacement, String reason) {}

  /** A name and a value, for the source and SLA tables. */
  public record Property(String name, String value) {}

  /**
   * One version of a contract id.
   *
   * @param href the version's page, relative to the site root
   * @param current whether this is the page being shown
   */
  public record VersionRow(String version, String status, String href, boolean current, String removalDate,
      String replacement) {}

  /**
   * One field.
   *
   * @param anchor the element id of the field's row
   * @param constraints required, unique, key, pattern, range, length, accepted values, reference, as phrases
   * @param pii the kind of personal data, or null
   * @param masking how masked views show it, or null when not PII
   * @param checks the generated checks that read the field, linked to their rows
   */
  public record FieldRow(String anchor, String name, String sourceName, String type, String description,
      List<String> constraints, String referenceHref, String pii, String masking, String classification,
      List<Link> checks) {}

  /** A text and where it links to. */
  public record Link(String text, String href) {}

  /** A table-level rule written in the contract. */
  public record RuleRow(String name, String expression, String severity, String description) {}

  /**
   * A generated data check.
   *
   * @param anchor the element id of the check's row
   * @param details its thresholds, as {@code key: value} phrases
   */
  public record CheckRow(String anchor, String name, String kind, String target, List<String> columns,
      String severity, List<String> details) {}

  /** What one role may do. */
  public record RoleRow(String role, boolean masked, String rowFilter, boolean write) {}

  /** A pipeline object built for the contract version. */
  public record ObjectRow(String name, String kind, List<String> inputs) {}
}
