<#import "/lib.ftl" as lib>
<@lib.checkHeader m.on "one row when the row count lies outside the bounds."/>
SELECT CAST(count(*) AS ${m.on.stringType}) AS "dp_observed"
FROM ${m.on.table} AS t<#if m.on.filters?has_content>
WHERE <#list m.on.filters as f>${f}<#sep> AND </#list></#if>
HAVING <#if m.min??>count(*) < ${m.min}</#if><#if m.min?? && m.max??> OR </#if><#if m.max??>count(*) > ${m.max}</#if>;
