<#import "layout.ftl" as layout>
<@layout.page m>
<h1>Data contracts</h1>
<p class="summary">${m.contracts} contracts in ${m.versions} versions, ${m.objects} pipeline objects, ${m.checks} generated data checks. <a href="lineage.html">See the lineage.</a></p>
<#list m.domains as d>
<section class="domain" id="domain-${d.name}">
<h2>${d.name}</h2>
<table class="contracts">
  <thead><tr><th>Contract</th><th>Kind</th><th>Versions</th><th>Owner</th><th>Fields</th><th>PII</th><th>Checks</th><th>Description</th></tr></thead>
  <tbody>
<#list d.entries as e>
  <tr class="contract">
    <td><a class="contract-link" href="${e.latest.href}">${e.id}</a></td>
    <td>${e.kind}</td>
    <td class="versions"><#list e.versions as v><a href="${v.href}">${v.version}</a> <@layout.status v.status/><#sep><br></#list></td>
    <td>${e.team}</td>
    <td class="number">${e.fields}</td>
    <td class="number">${e.piiFields}</td>
    <td class="number">${e.checks}</td>
    <td class="description">${e.description}</td>
  </tr>
</#list>
  </tbody>
</table>
</section>
</#list>
</@layout.page>
