<#import "/lib.ftl" as lib>
<@lib.checkHeader m.on "the rows whose value is shorter or longer than allowed."/>
SELECT <@lib.samples m.on "t"/>
FROM ${m.on.table} AS t
WHERE <@lib.filters m.on/>(<#if m.min??>length(t.${m.column}) < ${m.min}</#if><#if m.min?? && m.max??> OR </#if><#if m.max??>length(t.${m.column}) > ${m.max}</#if>);
