<#import "/lib.ftl" as lib>
<@lib.checkHeader m.on "the keys the mart holds other than once per key of its staging input."/>
SELECT <#list m.on.samples as s>coalesce(o.${s}, i.${s}) AS ${s}, </#list><#if !m.on.samples?has_content>1 AS "dp_row", </#if>o."dp_rows" AS "dp_mart_rows", i."dp_rows" AS "dp_input_rows"
FROM (
  SELECT <#list m.keys as k>t.${k}, </#list>count(*) AS "dp_rows"
  FROM ${m.on.table} AS t<#if m.on.filters?has_content>
  WHERE <#list m.on.filters as f>${f}<#sep> AND </#list></#if>
  GROUP BY <#list m.keys as k>t.${k}<#sep>, </#list>
) AS o
FULL OUTER JOIN (
  SELECT <#list m.keys as k>s.${k}, </#list>count(*) AS "dp_rows"
  FROM ${m.input} AS s<#if m.snapshotRaw??>
  -- A snapshot feed: keys missing from the latest batch are deleted.
  WHERE EXISTS (
    SELECT 1 FROM ${m.snapshotRaw} AS r
    WHERE r."_batch_id" = (
        SELECT b."_batch_id" FROM ${m.snapshotRaw} AS b
        GROUP BY b."_batch_id" ORDER BY min(b."_loaded_at") DESC, b."_batch_id" DESC LIMIT 1)
      AND <#list m.snapshotKeys as p>${p.expression} = s.${p.alias}<#sep> AND </#list>
  )</#if>
  GROUP BY <#list m.keys as k>s.${k}<#sep>, </#list>
) AS i ON <#list m.keys as k>o.${k} = i.${k}<#sep> AND </#list>
WHERE o."dp_rows" IS NULL OR i."dp_rows" IS NULL OR o."dp_rows" <> i."dp_rows";
