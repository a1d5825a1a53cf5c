<#import "lib.ftl" as lib>
<@lib.header m/>
-- Landing table: the contract's columns as delivered, plus audit columns.
CREATE SCHEMA IF NOT EXISTS ${m.schema};

CREATE TABLE IF NOT EXISTS ${m.table} (
<#list m.columns as col>  ${col.name} ${col.type}<#sep>,
</#list>

);
