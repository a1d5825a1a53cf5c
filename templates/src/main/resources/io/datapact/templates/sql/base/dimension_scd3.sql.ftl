<#import "lib.ftl" as lib>
<@lib.header m/>
-- SCD type 3: a key holds its latest values and, per tracked field, the value before the last change.
BEGIN TRANSACTION;

<@lib.createMart m/>

<@lib.unknownMember m/>

<@lib.changedKeys m/>

DROP TABLE IF EXISTS ${m.historyTable};

CREATE TEMP TABLE ${m.historyTable} AS
<@lib.staged src=m.source filter=lib.keyFilter(m)/>;

DROP TABLE IF EXISTS ${m.rowsTable};

CREATE TEMP TABLE ${m.rowsTable} AS
SELECT r.*, ${m.rowHash("r")} AS "_row_hash"
FROM (
  SELECT c.*<#list m.previous as p>,
    (SELECT h.${p.expression} FROM ${m.historyTable} AS h
     WHERE ${m.keys.match("h", "c")} AND h.${p.expression} IS DISTINCT FROM c.${p.expression}
     ORDER BY h.${m.timestamp} DESC LIMIT 1) AS ${p.alias}</#list>

  FROM (
    SELECT h.*, row_number() OVER (PARTITION BY ${m.keys.list("h")} ORDER BY h.${m.timestamp} DESC) AS "_dp_current"
    FROM ${m.historyTable} AS h
  ) AS c
  WHERE c."_dp_current" = 1
) AS r;

<@lib.upsert m/>

<@lib.markProcessed m/>

DROP TABLE IF EXISTS ${m.historyTable};

COMMIT;
