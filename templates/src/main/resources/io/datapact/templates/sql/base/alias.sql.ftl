<#import "lib.ftl" as lib>
<@lib.header m/>
-- The unsuffixed name follows the latest major version while older majors are still served.
CREATE SCHEMA IF NOT EXISTS ${m.schema};

CREATE OR REPLACE VIEW ${m.view} AS
SELECT * FROM ${m.target};
