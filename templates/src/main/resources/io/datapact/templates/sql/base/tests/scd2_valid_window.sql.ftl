<#import "/lib.ftl" as lib>
<@lib.checkHeader m.on "the versions without a start, or that end before or when they start."/>
SELECT <@lib.samples m.on "t"/>
FROM ${m.on.table} AS t
WHERE <@lib.filters m.on/>(t."valid_from" IS NULL OR t."valid_to" <= t."valid_from");
