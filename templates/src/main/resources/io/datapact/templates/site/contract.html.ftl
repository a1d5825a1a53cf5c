<#import "layout.ftl" as layout>
<@layout.page m>
<h1><span class="contract-id">${m.id}</span> <span class="version">${m.version}</span> <@layout.status m.status/></h1>
<p class="kind">${m.kind}<#if m.owner??> owned by <span class="team">${m.owner.team}</span><#if m.owner.email??> (<a href="mailto:${m.owner.email}">${m.owner.email}</a>)</#if></#if></p>
<#if m.description?has_content><p class="description">${m.description}</p></#if>
<#if m.deprecation??>
<div class="deprecation">
  <strong>Deprecated.</strong>
  <#if m.deprecation.removalDate??>Removed after ${m.deprecation.removalDate}.</#if>
  <#if m.deprecation.replacement??>Replaced by <code>${m.deprecation.replacement}</code>.</#if>
  <#if m.deprecation.reason?has_content><p>${m.deprecation.reason}</p></#if>
</div>
</#if>

<h2 id="versions">Versions</h2>
<table class="versions">
  <thead><tr><th>Version</th><th>Status</th><th>Removal date</th><th>Replacement</th></tr></thead>
  <tbody>
<#list m.versions as v>
  <tr<#if v.current> class="current"</#if>><td><#if v.current>${v.version}<#else><a href="${v.href}">${v.version}</a></#if></td><td><@layout.status v.status/></td><td>${v.removalDate!""}</td><td>${v.replacement!""}</td></tr>
</#list>
  </tbody>
</table>

<h2 id="fields">Fields</h2>
<table class="fields">
  <thead><tr><th>Field</th><th>Type</th><th>Constraints</th><th>PII</th><th>Classification</th><th>Description</th><th>Checks</th></tr></thead>
  <tbody>
<#list m.fields as f>
  <tr id="${f.anchor}" class="field<#if f.pii??> pii</#if>">
    <td class="name"><code>${f.name}</code><#if f.sourceName??><br><small>from <code>${f.sourceName}</code></small></#if></td>
    <td class="type"><code>${f.type}</code></td>
    <td class="constraints"><#list f.constraints as c><span class="constraint">${c}</span><#sep><br></#list><#if f.referenceHref??> <a href="${f.referenceHref}">(contract)</a></#if></td>
    <td class="pii-cell"><#if f.pii??><span class="pii-mark" title="personal data, masked as ${f.masking}">PII: ${f.pii}</span><br><small>masked: ${f.masking}</small></#if></td>
    <td>${f.classification!""}</td>
    <td class="description">${f.description}</td>
    <td class="checks"><#list f.checks as k><a href="${k.href}">${k.text}</a><#sep><br></#list></td>
  </tr>
</#list>
  </tbody>
</table>

<h2 id="source">Source and history</h2>
<@layout.properties m.source/>

<h2 id="sla">Service levels</h2>
<@layout.properties m.sla/>

<#if m.rules?has_content>
<h2 id="rules">Contract rules</h2>
<table class="rules">
  <thead><tr><th>Rule</th><th>Expression</th><th>Severity</th><th>Description</th></tr></thead>
  <tbody>
<#list m.rules as r>
  <tr><td><code>${r.name}</code></td><td><code>${r.expression}</code></td><td>${r.severity}</td><td>${r.description}</td></tr>
</#list>
  </tbody>
</table>
</#if>

<h2 id="checks">Generated data checks</h2>
<#if m.checks?has_content>
<table class="checks">
  <thead><tr><th>Check</th><th>Kind</th><th>Columns</th><th>Severity</th><th>Details</th></tr></thead>
  <tbody>
<#list m.checks as k>
  <tr id="${k.anchor}" class="check"><td><code>${k.name}</code></td><td>${k.kind}</td><td><#list k.columns as c><code>${c}</code><#sep>, </#list></td><td>${k.severity}</td><td><#list k.details as d>${d}<#sep><br></#list></td></tr>
</#list>
  </tbody>
</table>
<#else>
<p class="none">No data checks.</p>
</#if>

<#if m.access?has_content>
<h2 id="access">Access</h2>
<table class="access">
  <thead><tr><th>Role</th><th>PII</th><th>Rows</th><th>Loads raw data</th></tr></thead>
  <tbody>
<#list m.access as a>
  <tr><td><code>${a.role}</code></td><td>${a.masked?then("masked", "clear")}</td><td><#if a.rowFilter??><code>${a.rowFilter}</code><#else>all</#if></td><td>${a.write?then("yes", "no")}</td></tr>
</#list>
  </tbody>
</table>
</#if>

<h2 id="lineage">Lineage</h2>
<table class="objects">
  <thead><tr><th>Object</th><th>Kind</th><th>Reads</th></tr></thead>
  <tbody>
<#list m.objects as o>
  <tr><td><code>${o.name}</code></td><td>${o.kind}</td><td><#list o.inputs as i><code>${i}</code><#sep>, </#list></td></tr>
</#list>
  </tbody>
</table>
<div class="diagram">
${m.lineageSvg?no_esc}
</div>
<p><a href="${m.root}lineage.html">The whole pipeline</a></p>
</@layout.page>
