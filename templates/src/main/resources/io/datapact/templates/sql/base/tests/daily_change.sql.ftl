<#import "/lib.ftl" as lib>
<@lib.checkHeader m.on "one row (the first such day) when the rows per load day change by more than allowed from one load day to the next."/>
SELECT CAST(c."dp_day" AS ${m.on.stringType}) || ': ' || CAST(c."dp_previous" AS ${m.on.stringType}) || ' -> ' || CAST(c."dp_rows" AS ${m.on.stringType}) AS "dp_observed"
FROM (
  SELECT d."dp_day", d."dp_rows", lag(d."dp_rows") OVER (ORDER BY d."dp_day") AS "dp_previous"
  FROM (
    SELECT CAST(t.${m.loadedAt} AS DATE) AS "dp_day", count(*) AS "dp_rows"
    FROM ${m.on.table} AS t
    WHERE <@lib.filters m.on/>t.${m.loadedAt} IS NOT NULL
    GROUP BY CAST(t.${m.loadedAt} AS DATE)
  ) AS d
) AS c
WHERE c."dp_previous" IS NOT NULL AND abs(c."dp_rows" - c."dp_previous") * 100 > ${m.maxPct} * c."dp_previous"
ORDER BY c."dp_day"
LIMIT 1;
