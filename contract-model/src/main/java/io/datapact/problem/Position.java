package io.datapact.problem;

/** A 1-based line and column in a source file. */
public record Position(int line, int column) implements Comparable<Position> {
  /** The start of a file. */
  public static final Position START = new Position(1, 1);

  @Override
  public int compareTo(Position other) {
    int c = Integer.compare(line, other.line);
    return c != 0 ? c : Integer.compare(column, other.column);
  }

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
