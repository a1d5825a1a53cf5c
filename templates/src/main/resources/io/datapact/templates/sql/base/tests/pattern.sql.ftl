<#import "/lib.ftl" as lib>
<@lib.checkHeader m.on "the rows whose value contains no match of the pattern."/>
SELECT <@lib.samples m.on "t"/>
FROM ${m.on.table} AS t
WHERE <@lib.filters m.on/>t.${m.column} IS NOT NULL
  AND NOT ${m.match};
