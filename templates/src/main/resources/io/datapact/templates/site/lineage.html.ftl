<#import "layout.ftl" as layout>
<@layout.page m>
<h1>Lineage</h1>
<p class="summary">The pipeline DAG: ${m.objects} objects, each to the right of everything it reads.
<#list m.kinds as k><span class="legend kind-${k.kind}">${k.kind} ${k.count}</span><#sep> </#list></p>
<div class="diagram">
${m.svg?no_esc}
</div>
<p>Also as a file: <a href="lineage.svg">lineage.svg</a>.</p>
</@layout.page>
