<#import "/lib.ftl" as lib>
<@lib.checkHeader m.on "the rows for which the contract's check expression is false."/>
SELECT <@lib.samples m.on "t"/>
FROM ${m.on.table} AS t
WHERE <@lib.filters m.on/>NOT (${m.condition});
