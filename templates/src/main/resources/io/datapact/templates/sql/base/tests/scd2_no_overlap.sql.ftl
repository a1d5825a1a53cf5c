<#import "/lib.ftl" as lib>
<@lib.checkHeader m.on "the versions that end after the next version of their key starts, or never end though one follows."/>
SELECT <@lib.samples m.on "x"/>, x."valid_from", x."valid_to", x."dp_next_from"
FROM (
  SELECT <#list m.keys as k>t.${k}, </#list>t."valid_from", t."valid_to",
    lead(t."valid_from") OVER (PARTITION BY <#list m.keys as k>t.${k}<#sep>, </#list> ORDER BY t."valid_from") AS "dp_next_from"
  FROM ${m.on.table} AS t<#if m.on.filters?has_content>
  WHERE <#list m.on.filters as f>${f}<#sep> AND </#list></#if>
) AS x
WHERE x."dp_next_from" IS NOT NULL AND (x."valid_to" IS NULL OR x."valid_to" > x."dp_next_from");
