<#import "lib.ftl" as lib>
<@lib.header m/>
<#if m.insertOnly>
-- SCD type 0: a key keeps the first values it was loaded with; later changes are ignored.
<#else>
-- SCD type 1: a key holds its latest values; changes overwrite them.
</#if>
BEGIN TRANSACTION;

<@lib.createMart m/>

<@lib.unknownMember m/>

<@lib.changedKeys m/>

DROP TABLE IF EXISTS ${m.rowsTable};

CREATE TEMP TABLE ${m.rowsTable} AS
SELECT r.*, ${m.rowHash("r")} AS "_row_hash"
FROM (
<@lib.staged src=m.source filter=lib.keyFilter(m)/>
) AS r;

<@lib.upsert m/>

<@lib.markProcessed m/>

COMMIT;
