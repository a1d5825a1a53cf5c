package io.datapact.compat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Collects the changes of one contract pair, classified through the rule table. */
final class Changes {
  /** How an absent value is written. */
  static final String NONE = "none";

  private final RuleTable table;
  private final String contract;
  private final List<Change> found = new ArrayList<>();

  Changes(RuleTable table, String contract) {
    this.table = table;
    this.contract = contract;
  }

  /** Records a change under {@code ruleId}; null values are written as {@value #NONE}. */
  void add(String ruleId, String path, Object oldValue, Object newValue) {
    found.add(new Change(table.rule(ruleId), contract, path, text(oldValue), text(newValue)));
  }

  /** Records {@code ruleId} when the two values differ. */
  void ifDiffers(String ruleId, String path, Object oldValue, Object newValue) {
    if (!Objects.equals(oldValue, newValue)) {
      add(ruleId, path, oldValue, newValue);
    }
  }

  /**
   * Reports every record component of two values that differs and is not in {@code handled}, as an
   * unclassified change: a property added to the model later is never compared silently. Either
   * value may be null (an absent section).
   */
  void leftovers(String path, Record before, Record after, Set<String> handled) {
    components(RuleTable.UNCLASSIFIED, path, before, after, handled);
  }

  /** Reports every record component of two values that differs under {@code ruleId}. */
  void members(String ruleId, String path, Record before, Record after) {
    components(ruleId, path, before, after, Set.of());
  }

  private void components(String ruleId, String path, Record before, Record after, Set<String> skip) {
    Record sample = before != null ? before : after;
    if (sample == null || before != null && before.equals(after)) {
      return;
    }
    for (RecordComponent component : COMPONENTS.get(sample.getClass())) {
      if (!skip.contains(component.getName())) {
        Object a = value(component, before);
        Object b = value(component, after);
        if (!Objects.equals(a, b)) {
          add(ruleId, join(path, component.getName()), a, b);
        }
      }
    }
  }

  private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
    @Override
    protected RecordComponent[] computeValue(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      for (RecordComponent c : components) {
        c.getAccessor().setAccessible(true);
      }
      return components;
    }
  };

  private static Object value(RecordComponent component, Record record) {
    if (record == null) {
      return null;
    }
    try {
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + component, e);
    }
  }

  List<Change> list() {
    return found;
  }

  static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  static String text(Object value) {
    if (value == null) {
      return NONE;
    }
    if (value instanceof Iterable<?> items) {
      StringBuilder out = new StringBuilder("[");
      for (Iterator<?> it = items.iterator(); it.hasNext();) {
        out.append(text(it.next()));
        if (it.hasNext()) {
          out.append(", ");
        }
      }
      return out.append(']').toString();
    }
    if (value instanceof Enum<?> e) {
      return e.name().toLowerCase(java.util.Locale.ROOT);
    }
    return value.toString();
  }
}
