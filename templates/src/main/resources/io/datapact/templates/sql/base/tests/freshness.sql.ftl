<#import "/lib.ftl" as lib>
<@lib.checkHeader m.on "one row when the newest value is missing or older than allowed."/>
SELECT ${m.newest} AS "dp_observed"
FROM ${m.on.table} AS t<#if m.on.filters?has_content>
WHERE <#list m.on.filters as f>${f}<#sep> AND </#list></#if>
HAVING max(t.${m.column}) IS NULL OR max(t.${m.column}) < ${m.now} - ${m.maxAge};
