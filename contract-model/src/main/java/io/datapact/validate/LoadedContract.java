package io.datapact.validate;

import io.datapact.model.Contract;
import io.datapact.yaml.SourceDocument;

/** A contract that passed the schema, with the document it came from for positions. */
public record LoadedContract(Contract contract, SourceDocument source) {
  /** The path shown in messages. */
  public String file() {
    return source.file();
  }
}
