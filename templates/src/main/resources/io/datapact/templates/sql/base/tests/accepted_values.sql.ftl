<#import "/lib.ftl" as lib>
<@lib.checkHeader m.on "the rows whose value is not one of the accepted values."/>
SELECT <@lib.samples m.on "t"/>
FROM ${m.on.table} AS t
WHERE <@lib.filters m.on/>t.${m.column} IS NOT NULL
  AND t.${m.column} NOT IN (<#list m.values as v>${v}<#sep>, </#list>);
