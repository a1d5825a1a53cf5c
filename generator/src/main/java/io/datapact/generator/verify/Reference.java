package io.datapact.generator.verify;

/**
 * Where a foreign key field draws its values: a field of another contract's plan, or of its own
 * (a manager who is an employee); values come from the target's {@link EntityStore}.
 *
 * @param target the plan of the referenced contract
 * @param field the index of the referenced field in the target's fields
 */
record Reference(ContractPlan target, int field) {}
