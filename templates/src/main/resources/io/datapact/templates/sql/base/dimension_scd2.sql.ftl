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

<#if m.deletions?has_content>
DROP TABLE IF EXISTS ${m.gapsTable};

-- A key present in a snapshot batch and missing from the next one was deleted at that batch's load.
CREATE TEMP TABLE ${m.gapsTable} AS
SELECT <#list m.keys.columns as k>p.${k}, </#list>b."_dp_batch" AS "_dp_gone", b."_loaded_at" AS "_dp_gone_at", b."_batch_id" AS "_dp_gone_batch"
FROM (
  SELECT x.*, lead(x."_dp_batch") OVER (PARTITION BY ${m.keys.list("x")} ORDER BY x."_dp_batch") AS "_dp_next"
  FROM (
    SELECT DISTINCT <#list m.keyColumns as p>${p.expression} AS ${p.alias}, </#list>b."_dp_batch"
    FROM ${m.source.raw} AS r
    JOIN ${m.batchesTable} AS b ON b."_batch_id" = r."_batch_id"
    WHERE ${lib.keyFilter(m)}
  ) AS x
) AS p
JOIN ${m.batchesTable} AS b ON b."_dp_batch" = p."_dp_batch" + 1
WHERE p."_dp_next" > p."_dp_batch" + 1
   OR (p."_dp_next" IS NULL AND p."_dp_batch" < (SELECT max(m."_dp_batch") FROM ${m.batchesTable} AS m));

</#if>
DROP TABLE IF EXISTS ${m.rowsTable};

CREATE TEMP TABLE ${m.rowsTable} AS
SELECT v.*, lead(v."_dp_from") OVER (PARTITION BY ${m.keys.list("v")} ORDER BY v."_dp_from") AS "_dp_next"
FROM (
  SELECT h.*,
    lag(h."_row_hash") OVER (PARTITION BY ${m.keys.list("h")} ORDER BY h."_dp_from") AS "_dp_prev_hash",
    lag(h."_is_deleted") OVER (PARTITION BY ${m.keys.list("h")} ORDER BY h."_dp_from") AS "_dp_prev_deleted"
  FROM (
    SELECT r.*, ${m.rowHash("r")} AS "_row_hash"
    FROM (
<#if m.deletions?has_content>
      SELECT <#list m.lastKnown as p>${p.expression} AS ${p.alias}, </#list><#list m.source.audit as a>u.${a}, </#list>u."_is_deleted", u."_dp_from"
      FROM (
        -- The versions delivered: one row per key, version time and the gaps before its batch, so a
        -- key that comes back unchanged after a gap is a new version, not the one before the gap.
        SELECT <#list m.source.columns as p>p.${p.alias}, </#list><#list m.source.audit as a>p.${a}, </#list>FALSE AS "_is_deleted", ${m.versionStart} AS "_dp_from"
        FROM (
          SELECT c.*,
            row_number() OVER (PARTITION BY <#list m.source.dedupKeys as k>c.${k}, </#list>c."_dp_epoch" ORDER BY ${m.source.dedupOrder}) AS "_dp_rank",
            min(c."_dp_loaded") OVER (PARTITION BY <#list m.source.dedupKeys as k>c.${k}, </#list>c."_dp_epoch") AS "_dp_first_at"
          FROM (
            SELECT s.*, b."_loaded_at" AS "_dp_loaded",
              (SELECT count(*) FROM ${m.gapsTable} AS g WHERE ${m.keys.match("g", "s")} AND g."_dp_gone" <= b."_dp_batch") AS "_dp_epoch",
              (SELECT max(g."_dp_gone_at") FROM ${m.gapsTable} AS g WHERE ${m.keys.match("g", "s")} AND g."_dp_gone" <= b."_dp_batch") AS "_dp_gone_at"
            FROM (
              SELECT
<#list m.source.columns as p>                ${p.expression} AS ${p.alias},
</#list><#list m.source.audit as a>                r.${a}<#sep>,</#sep>
</#list>              FROM ${m.source.raw} AS r
              WHERE ${lib.keyFilter(m)}
            ) AS s
            JOIN ${m.batchesTable} AS b ON b."_batch_id" = s."_batch_id"
          ) AS c
        ) AS p
        WHERE p."_dp_rank" = 1
        UNION ALL
        SELECT <#list m.deletions as p>${p.expression} AS ${p.alias}<#sep>, </#list>

        FROM ${m.gapsTable} AS g
      ) AS u
<#else>
      SELECT p.*, ${m.versionStart} AS "_dp_from"
      FROM (
<@lib.staged src=m.source filter=lib.keyFilter(m)/>
      ) AS p
</#if>
    ) AS r<#if m.deletes == "ignore">

    WHERE NOT r."_is_deleted"</#if>

  ) AS h
) AS v
WHERE v."_dp_prev_hash" IS NULL OR v."_row_hash" <> v."_dp_prev_hash" OR v."_is_deleted" <> v."_dp_prev_deleted";

DELETE FROM ${m.target} AS t
WHERE EXISTS (SELECT 1 FROM ${m.keysTable} AS k WHERE ${m.keys.match("k", "t")});

INSERT INTO ${m.target} (${m.sk}, <#list m.fields as f>${f}, </#list>"valid_from", "valid_to", "is_current", "is_deleted", "_row_hash", "_loaded_at", "_batch_id")
SELECT ${m.skExpression}, <#list m.fields as f>w.${f}, </#list>w."_dp_from", w."_dp_next", w."_dp_next" IS NULL, w."_is_deleted", w."_row_hash", w."_loaded_at", w."_batch_id"
FROM ${m.rowsTable} AS w<#if m.deletes == "close">

WHERE NOT w."_is_deleted"</#if>;

<@lib.markProcessed m/>
<#if m.deletions?has_content>

DROP TABLE IF EXISTS ${m.batchesTable};

DROP TABLE IF EXISTS ${m.gapsTable};
</#if>

COMMIT;
