<#import "/lib.ftl" as lib>
<@lib.checkHeader m.on "the rows whose value finds no row of the referenced object."/>
SELECT <@lib.samples m.on "t"/>
FROM ${m.on.table} AS t
WHERE <@lib.filters m.on/>t.${m.column} IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM ${m.parent} AS p WHERE p.${m.parentColumn} = t.${m.column});
