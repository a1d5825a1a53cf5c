<#import "lib.ftl" as lib>
<@lib.header m/>
-- Fact at its grain. Rows of new batches (and, with a lookback, recent rows whose dimension keys
-- may have changed) are recomputed; only rows whose content changed are replaced.
BEGIN TRANSACTION;

<@lib.createMart m/>

<@lib.changedKeys m/>

DROP TABLE IF EXISTS ${m.rowsTable};

CREATE TEMP TABLE ${m.rowsTable} AS
SELECT r.*, ${m.rowHash("r")} AS "_row_hash"
FROM (
  SELECT s.*<#list m.lookups as l>, coalesce(${l.alias}.${l.sk}, '-1') AS ${l.out}</#list>

  FROM (
<@lib.staged src=m.source filter=lib.keyFilter(m)/>
  ) AS s
<#list m.lookups as l>
  LEFT JOIN ${l.dimension} AS ${l.alias} ON ${l.condition}
</#list>
) AS r;

<@lib.upsert m/>

<@lib.markProcessed m/>

COMMIT;
