-- Landing table owned by the ingestion team; grants are managed in the warehouse repo.
CREATE SCHEMA IF NOT EXISTS ${m.schema};

CREATE TABLE IF NOT EXISTS ${m.table} (
<#list m.columns as col>  ${col.name} ${col.type}<#sep>,
</#list>

);
