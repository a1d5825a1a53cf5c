<#import "/lib.ftl" as lib>
<@lib.checkHeader m.on m.closable?then("the keys with more than one current version, or with none while a version is open.",
  "the keys without exactly one current version.")/>
SELECT <@lib.samples m.on "x"/>, x."dp_current"
FROM (
  SELECT <#list m.keys as k>t.${k}, </#list>sum(CASE WHEN t."is_current" THEN 1 ELSE 0 END) AS "dp_current",
    count(*) AS "dp_versions", count(t."valid_to") AS "dp_closed"
  FROM ${m.on.table} AS t<#if m.on.filters?has_content>
  WHERE <#list m.on.filters as f>${f}<#sep> AND </#list></#if>
  GROUP BY <#list m.keys as k>t.${k}<#sep>, </#list>
) AS x
WHERE x."dp_current" <> 1<#if m.closable> AND NOT (x."dp_current" = 0 AND x."dp_closed" = x."dp_versions")</#if>;
