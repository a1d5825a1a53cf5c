package io.datapact.generator.security;

import io.datapact.generator.sql.model.Projection;
import java.util.List;

/** The models of the security templates ({@code security_*.sql.ftl}); every name and expression arrives quoted. */
public final class SecurityModels {
  private SecurityModels() {}

  /**
   * {@code security_setup.sql.ftl}: roles, locked schemas, the entitlements and salt tables, and
   * the schemas of the readers' views.
   *
   * @param roles every role, quoted
   * @param roleLiterals every role as a string literal (for existence checks)
   * @param ownerRole the role that builds the pipeline where the engine needs one named (Snowflake)
   * @param lockedSchemas schemas of raw, staging, marts and datapact's state, closed to PUBLIC
   * @param viewSchemas the readers' view schemas
   * @param entitlements the entitlements table
   * @param salt the salt table
   * @param stateSchema datapact's own schema
   */
  public record Setup(List<String> roles, List<String> roleLiterals, String ownerRole, List<String> lockedSchemas,
      List<String> viewSchemas, String entitlements, String salt, String stateSchema) {
    public Setup {
      roles = List.copyOf(roles);
      roleLiterals = List.copyOf(roleLiterals);
      lockedSchemas = List.copyOf(lockedSchemas);
      viewSchemas = List.copyOf(viewSchemas);
    }
  }

  /**
   * {@code security_view.sql.ftl}: one reader's view of one contract.
   *
   * @param role the role, unquoted (for comments only; role names match {@code [a-z][a-z0-9_]*})
   * @param options view options such as a security barrier, or empty
   * @param source the published object it reads, as alias {@code t}
   * @param filter the row filter over {@code t}, or null
   */
  public record View(String contract, String role, String schema, String view, String options, String source,
      List<Projection> columns, String filter, boolean masked) {
    public View {
      columns = List.copyOf(columns);
    }
  }

  /** {@code security_policies.sql.ftl}: row-level security and masking policies of one contract. */
  public record Policies(String contract, List<SecuredTable> tables, List<ColumnMask> masks, RowAccess rowAccess) {
    public Policies {
      tables = List.copyOf(tables);
      masks = List.copyOf(masks);
    }
  }

  /** A table with row-level security forced on it, and its policies besides the owner's. */
  public record SecuredTable(String table, List<Policy> policies) {
    public SecuredTable {
      policies = List.copyOf(policies);
    }
  }

  /** One policy: its name, command (SELECT, INSERT), role, and USING / WITH CHECK conditions (either may be null). */
  public record Policy(String name, String command, String role, String using, String check) {}

  /**
   * A masking policy of one column (Snowflake).
   *
   * @param unmasked roles that see the value, as string literals
   * @param masked the masked value of {@code val}
   */
  public record ColumnMask(String policy, String objectType, String object, String column, String type,
      List<String> unmasked, String masked) {
    public ColumnMask {
      unmasked = List.copyOf(unmasked);
    }
  }

  /**
   * A row access policy (Snowflake); null when no reader is filtered.
   *
   * @param arguments the columns the filters read, with their types
   * @param columns the same columns, for {@code ON (...)}
   * @param unfiltered roles that see every row, as string literals
   * @param filtered roles with their filter
   */
  public record RowAccess(String policy, String objectType, String object, List<Projection> arguments,
      List<String> columns, List<String> unfiltered, List<Projection> filtered) {
    public RowAccess {
      arguments = List.copyOf(arguments);
      columns = List.copyOf(columns);
      unfiltered = List.copyOf(unfiltered);
      filtered = List.copyOf(filtered);
    }
  }

  /** {@code security_grants.sql.ftl}: what each role of one contract may do, after revoking PUBLIC. */
  public record Grants(String contract, List<String> revoked, List<Grant> grants) {
    public Grants {
      revoked = List.copyOf(revoked);
      grants = List.copyOf(grants);
    }
  }

  /**
   * One grant.
   *
   * @param privilege USAGE, SELECT or INSERT
   * @param columns quoted columns of a column privilege, or empty for the whole object
   * @param objectType SCHEMA, TABLE or VIEW
   */
  public record Grant(String privilege, List<String> columns, String objectType, String object, String role) {
    public Grant {
      columns = List.copyOf(columns);
    }
  }
}
