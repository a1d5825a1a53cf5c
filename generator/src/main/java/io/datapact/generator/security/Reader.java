package io.datapact.generator.security;

import io.datapact.model.Expression;

/**
 * A role that reads a contract's published object.
 *
 * @param role the role name as written in the contract
 * @param masked whether PII is masked for it (always, under the dev environment)
 * @param filter its row filter, or null for every row
 * @param viaView whether it reads a view in its own schema ({@code for_<role>}) rather than the
 *     published object: when PII must be masked, or rows filtered where the engine cannot filter
 *     the published object itself
 */
public record Reader(String role, boolean masked, Expression filter, boolean viaView) {}
