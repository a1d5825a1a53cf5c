<#import "lib.ftl" as lib>
<@lib.header m/>
-- Staging view: typed and cleaned fields, the latest load of each key, deleted rows left out.
CREATE SCHEMA IF NOT EXISTS ${m.schema};

CREATE OR REPLACE VIEW ${m.view} AS
SELECT <#list m.source.columns as p>s.${p.alias}, </#list><#list m.source.audit as a>s.${a}<#sep>, </#list>
FROM (
<@lib.staged src=m.source/>
) AS s
WHERE NOT s."_is_deleted";
