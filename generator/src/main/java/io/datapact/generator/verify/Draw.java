package io.datapact.generator.verify;

import java.util.random.RandomGenerator;

/** Draws one non-null value of a field from a random source. */
@FunctionalInterface
interface Draw {
  Object next(RandomGenerator random);
}
