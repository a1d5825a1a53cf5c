package io.datapact.generator.checks.model;

import java.util.List;

/**
 * Model of the {@code tests/scd2_*.sql.ftl} templates: the quoted key of the versions.
 *
 * @param closable whether a key may have no current version ({@code deletes: close})
 */
public record Scd2Model(CheckTarget on, List<String> keys, boolean closable) {
  public Scd2Model {
    keys = List.copyOf(keys);
  }
}
