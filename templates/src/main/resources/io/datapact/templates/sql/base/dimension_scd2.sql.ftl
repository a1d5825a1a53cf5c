<#import "lib.ftl" as lib>
<@lib.header m/>
-- SCD type 2: one row per version of a key, with valid_from / valid_to and is_current.
-- The history of every key touched by new batches is recomputed from raw, so several changes of a
-- key in one batch, late versions and keys that are deleted and come back all come out right, and
-- a second run changes nothing. Deleted keys: ${m.deletes}.
BEGIN TRANSACTION;

<@lib.createMart m/>

INSERT INTO ${m.target} (${m.sk}, "is_current", "is_deleted", "_row_hash")
SELECT '-1', TRUE, FALSE, '' WHERE NOT EXISTS (SELECT 1 FROM ${m.target} AS t WHERE t.${m.sk} = '-1');

<#if m.deletions?has_content>
DROP TABLE IF EXISTS ${m.batchesTable};

CREATE TEMP TABLE ${m.batchesTable} AS
SELECT r."_batch_id", min(r."_loaded_at") AS "_loaded_at",
  row_number() OVER (ORDER BY min(r."_loaded_at"), r."_batch_id") AS "_dp_batch"
FROM ${m.source.raw} AS r
GROUP BY r."_batch_id";

</#if>
<@lib.changedKeys m/>

DROP TABLE IF EXISTS ${m.rowsTable};

CREATE TEMP TABLE ${m.rowsTable} AS
SELECT v.*, lead(v.${m.timestamp}) OVER (PARTITION BY ${m.keys.list("v")} ORDER BY v.${m.timestamp}) AS "_dp_next"
FROM (
  SELECT h.*,
    lag(h."_row_hash") OVER (PARTITION BY ${m.keys.list("h")} ORDER BY h.${m.timestamp}) AS "_dp_prev_hash",
    lag(h."_is_deleted") OVER (PARTITION BY ${m.keys.list("h")} ORDER BY h.${m.timestamp}) AS "_dp_prev_deleted"
  FROM (
    SELECT r.*, ${m.rowHash("r")} AS "_row_hash"
    FROM (
<@lib.staged src=m.source filter=lib.keyFilter(m)/>
<#if m.deletions?has_content>
      UNION ALL
      -- A key missing from a snapshot batch after being present was deleted at that batch's load.
      SELECT <#list m.deletions as p>${p.expression} AS ${p.alias}<#sep>, </#list>

      FROM (
        SELECT p.*, p."_dp_batch" + 1 AS "_dp_gone"
        FROM (
          SELECT x.*, lead(x."_dp_batch") OVER (PARTITION BY ${m.keys.list("x")} ORDER BY x."_dp_batch") AS "_dp_next"
          FROM (
            SELECT DISTINCT <#list m.keyColumns as p>${p.expression} AS ${p.alias}, </#list>b."_dp_batch"
            FROM ${m.source.raw} AS r
            JOIN ${m.batchesTable} AS b ON b."_batch_id" = r."_batch_id"
          ) AS x
          WHERE EXISTS (SELECT 1 FROM ${m.keysTable} AS k WHERE ${m.keys.match("k", "x")})
        ) AS p
        WHERE p."_dp_next" > p."_dp_batch" + 1
           OR (p."_dp_next" IS NULL AND p."_dp_batch" < (SELECT max(m."_dp_batch") FROM ${m.batchesTable} AS m))
      ) AS g
      JOIN ${m.batchesTable} AS b ON b."_dp_batch" = g."_dp_gone"
</#if>
    ) AS r<#if m.deletes == "ignore">

    WHERE NOT r."_is_deleted"</#if>

  ) AS h
) AS v
WHERE v."_dp_prev_hash" IS NULL OR v."_row_hash" <> v."_dp_prev_hash" OR v."_is_deleted" <> v."_dp_prev_deleted";

DELETE FROM ${m.target} AS t
WHERE EXISTS (SELECT 1 FROM ${m.keysTable} AS k WHERE ${m.keys.match("k", "t")});

INSERT INTO ${m.target} (${m.sk}, <#list m.fields as f>${f}, </#list>"valid_from", "valid_to", "is_current", "is_deleted", "_row_hash", "_loaded_at", "_batch_id")
SELECT ${m.skExpression}, <#list m.fields as f>w.${f}, </#list>w.${m.timestamp}, w."_dp_next", w."_dp_next" IS NULL, w."_is_deleted", w."_row_hash", w."_loaded_at", w."_batch_id"
FROM ${m.rowsTable} AS w<#if m.deletes == "close">

WHERE NOT w."_is_deleted"</#if>;

<@lib.markProcessed m/>
<#if m.deletions?has_content>

DROP TABLE IF EXISTS ${m.batchesTable};
</#if>

COMMIT;
