package io.datapact.generator.verify;

import io.datapact.generator.sql.ContractSql;
import io.datapact.generator.sql.Relation;
import io.datapact.model.Field;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns of a raw table in table order, each mapped to what fills it: a field of the row
 * (by raw name), an audit column, or nothing (left NULL).
 */
final class RawColumns {
  static final int LOADED_AT = -1;
  static final int BATCH_ID = -2;
  static final int SOURCE_FILE = -3;
  static final int SOURCE_ROW = -4;
  static final int NOTHING = -5;

  private RawColumns() {}

  /** Per table column: the field index of its value, or one of the constants above. */
  static int[] sources(Connection connection, Relation table, List<Field> fields) throws SQLException {
    List<String> columns = names(connection, table);
    if (columns.isEmpty()) {
      throw new SQLException("raw table " + table + " does not exist");
    }
    for (Field f : fields) {
      if (!columns.contains(f.rawName())) {
        throw new SQLException("raw table " + table + " has no column '" + f.rawName() + "'");
      }
    }
    int[] sources = new int[columns.size()];
    for (int i = 0; i < sources.length; i++) {
      sources[i] = source(columns.get(i), fields);
    }
    return sources;
  }

  private static int source(String column, List<Field> fields) {
    for (int f = 0; f < fields.size(); f++) {
      if (fields.get(f).rawName().equals(column)) {
        return f;
      }
    }
    int audit = ContractSql.AUDIT.indexOf(column);
    return audit >= 0 ? -1 - audit : NOTHING;
  }

  private static List<String> names(Connection connection, Relation table) throws SQLException {
    List<String> names = new ArrayList<>();
    try (PreparedStatement s = connection.prepareStatement("SELECT column_name FROM information_schema.columns"
        + " WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position")) {
      s.setString(1, table.schema());
      s.setString(2, table.name());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
    }
    return names;
  }
}
