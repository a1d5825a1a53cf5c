package io.datapact.validate;

import io.datapact.validate.rules.CheckFieldUnknown;
import io.datapact.validate.rules.CheckNameDuplicate;
import io.datapact.validate.rules.ContractDuplicate;
import io.datapact.validate.rules.DateInvalid;
import io.datapact.validate.rules.DeprecationRemovalDate;
import io.datapact.validate.rules.DeprecationReplacementUnknown;
import io.datapact.validate.rules.EnumValueDuplicate;
import io.datapact.validate.rules.EnumValueType;
import io.datapact.validate.rules.ExpressionUnsafe;
import io.datapact.validate.rules.FieldNameDuplicate;
import io.datapact.validate.rules.FieldNameInvalid;
import io.datapact.validate.rules.FieldNameReserved;
import io.datapact.validate.rules.FieldTypeDecimalBounds;
import io.datapact.validate.rules.FieldTypeUnknown;
import io.datapact.validate.rules.FreshnessFieldUnknown;
import io.datapact.validate.rules.FreshnessThresholds;
import io.datapact.validate.rules.GrainFieldUnknown;
import io.datapact.validate.rules.GrainMissing;
import io.datapact.validate.rules.IncrementalFieldUnknown;
import io.datapact.validate.rules.IncrementalKind;
import io.datapact.validate.rules.KeyFieldType;
import io.datapact.validate.rules.LengthInvalid;
import io.datapact.validate.rules.MaskingPii;
import io.datapact.validate.rules.MaskingType;
import io.datapact.validate.rules.MaskingWithoutPii;
import io.datapact.validate.rules.PatternInvalid;
import io.datapact.validate.rules.PatternType;
import io.datapact.validate.rules.PiiClassificationMissing;
import io.datapact.validate.rules.PiiClassificationPublic;
import io.datapact.validate.rules.RangeInverted;
import io.datapact.validate.rules.RangeType;
import io.datapact.validate.rules.ReferenceCycle;
import io.datapact.validate.rules.ReferenceTargetNotUnique;
import io.datapact.validate.rules.ReferenceTypeMismatch;
import io.datapact.validate.rules.ReferenceUnresolved;
import io.datapact.validate.rules.RowFilterFieldUnknown;
import io.datapact.validate.rules.ScdFieldUnknown;
import io.datapact.validate.rules.ScdKind;
import io.datapact.validate.rules.ScdPrevious;
import io.datapact.validate.rules.ScdTracked;
import io.datapact.validate.rules.SourceDeletedFlagType;
import io.datapact.validate.rules.SourceFieldUnknown;
import io.datapact.validate.rules.SourceTableDuplicate;
import io.datapact.validate.rules.TimeColumnType;
import io.datapact.validate.rules.TransformType;
import io.datapact.validate.rules.VersionSemver;
import io.datapact.validate.rules.VolumeBounds;
import java.util.List;

/** The registry of standard semantic rules, in the order they run. */
public final class Rules {
  private Rules() {}

  /** Every standard rule. */
  public static List<Rule> standard() {
    return List.of(
        new VersionSemver(),
        new ContractDuplicate(),
        new SourceTableDuplicate(),
        new DateInvalid(),
        new DeprecationRemovalDate(),
        new DeprecationReplacementUnknown(),
        new FieldNameDuplicate(),
        new FieldNameInvalid(),
        new FieldNameReserved(),
        new FieldTypeUnknown(),
        new FieldTypeDecimalBounds(),
        new KeyFieldType(),
        new GrainMissing(),
        new GrainFieldUnknown(),
        new ScdKind(),
        new ScdFieldUnknown(),
        new ScdPrevious(),
        new ScdTracked(),
        new IncrementalKind(),
        new IncrementalFieldUnknown(),
        new SourceFieldUnknown(),
        new SourceDeletedFlagType(),
        new FreshnessFieldUnknown(),
        new TimeColumnType(),
        new FreshnessThresholds(),
        new VolumeBounds(),
        new ReferenceUnresolved(),
        new ReferenceTypeMismatch(),
        new ReferenceTargetNotUnique(),
        new ReferenceCycle(),
        new EnumValueType(),
        new EnumValueDuplicate(),
        new PatternType(),
        new PatternInvalid(),
        new RangeType(),
        new RangeInverted(),
        new LengthInvalid(),
        new TransformType(),
        new PiiClassificationMissing(),
        new PiiClassificationPublic(),
        new MaskingWithoutPii(),
        new MaskingType(),
        new MaskingPii(),
        new ExpressionUnsafe(),
        new RowFilterFieldUnknown(),
        new CheckFieldUnknown(),
        new CheckNameDuplicate());
  }
}
