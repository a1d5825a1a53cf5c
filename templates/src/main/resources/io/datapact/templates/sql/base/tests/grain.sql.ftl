<#import "/lib.ftl" as lib>
<@lib.checkHeader m.on "the rows whose grain (a dimension's key) another row has too."/>
SELECT <@lib.samples m.on "x"/>, x."dp_rows"
FROM (
  SELECT <#list m.on.samples as s>t.${s}, </#list>count(*) OVER (PARTITION BY <#list m.columns as c>t.${c}<#sep>, </#list>) AS "dp_rows"
  FROM ${m.on.table} AS t
  WHERE <@lib.filters m.on/><#list m.columns as c>t.${c} IS NOT NULL<#sep> AND </#list>
) AS x
WHERE x."dp_rows" > 1;
