<#-- The frame of every page: header with the search box, then the page's own content. -->
<#macro page m>
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="datapact">
<title>${m.title} - datapact</title>
<link rel="stylesheet" href="${m.root}assets/site.css">
</head>
<body data-root="${m.root}">
<header class="top">
  <a class="home" href="${m.root}index.html">Data contracts</a>
  <a href="${m.root}lineage.html">Lineage</a>
  <a href="${m.root}schema/contract-v1.schema.json">JSON Schema</a>
  <div class="search">
    <input id="search" type="search" placeholder="Search contracts, fields, checks" aria-label="Search contracts" autocomplete="off">
    <ul id="search-results" hidden></ul>
  </div>
</header>
<main>
<#nested>
</main>
<script src="${m.root}assets/search-index.js"></script>
<script src="${m.root}assets/search.js"></script>
</body>
</html>
</#macro>

<#macro status value><span class="status status-${value}">${value}</span></#macro>

<#macro properties rows>
<#if rows?has_content>
<table class="properties">
<#list rows as p>
  <tr><th scope="row">${p.name}</th><td><code>${p.value}</code></td></tr>
</#list>
</table>
<#else>
<p class="none">None stated.</p>
</#if>
</#macro>
