package io.datapact.generator.verify;

import io.datapact.model.Contract;
import io.datapact.model.Field;
import io.datapact.model.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Synthetic rows in forms tests compare easily. */
final class Rows {
  private Rows() {}

  static List<Object[]> list(SyntheticBatch batch) {
    List<Object[]> rows = new ArrayList<>();
    batch.forEach(rows::add);
    return rows;
  }

  /** The index of a field by name. */
  static int field(Contract c, String name) {
    List<Field> fields = c.fields();
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException(name);
  }

  /** The business key of a row: the dimension key, else the grain, else the primary key fields. */
  static List<Object> key(Contract c, Object[] row) {
    List<String> names = c.kind() == Kind.DIMENSION ? c.scd().key() : !c.grain().isEmpty() ? c.grain()
        : c.fields().stream().filter(Field::primaryKey).map(Field::name).toList();
    return names.stream().map(n -> row[field(c, n)]).toList();
  }

  /** Rows by business key; the last row of a key wins. */
  static Map<List<Object>, Object[]> byKey(Contract c, SyntheticBatch batch) {
    Map<List<Object>, Object[]> out = new LinkedHashMap<>();
    batch.forEach(row -> out.put(key(c, row), row));
    return out;
  }
}
