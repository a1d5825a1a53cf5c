<#import "/lib.ftl" as lib>
<@lib.checkHeader m.on "the keys one batch of raw rows delivers more than once (for one version) with different values, which every join on them multiplies."/>
-- Marts reached: <#list m.downstream as d>${d}<#sep>, </#list>.
SELECT <@lib.samples m.on "x"/>, x."dp_rows", x."dp_variants"
FROM (
  SELECT <#list m.keys as k>${k.expression} AS ${k.alias}, </#list>r."_batch_id", count(*) AS "dp_rows",
    count(DISTINCT ${m.content}) AS "dp_variants"
  FROM ${m.on.table} AS r
  WHERE <#list m.keys as k>${k.expression} IS NOT NULL<#sep> AND </#list>
  GROUP BY <#list m.keys as k>${k.expression}, </#list>r."_batch_id"<#if m.version??>, ${m.version.expression}</#if>
  HAVING count(DISTINCT ${m.content}) > 1
) AS x;
