/* datapact documentation site: no web fonts, no external files. */
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a202c; background: #fff; line-height: 1.45; }
header.top { display: flex; flex-wrap: wrap; gap: 1.2em; align-items: center; padding: .6em 1.2em; background: #2d3748; }
header.top a { color: #edf2f7; text-decoration: none; }
header.top a.home { font-weight: 600; }
.search { position: relative; margin-left: auto; }
#search { width: 22em; padding: .35em .5em; border: 1px solid #a0aec0; border-radius: 4px; }
#search-results { position: absolute; right: 0; z-index: 10; width: 34em; max-height: 70vh; overflow: auto; margin: .3em 0 0; padding: 0; list-style: none; background: #fff; border: 1px solid #cbd5e0; border-radius: 4px; box-shadow: 0 4px 12px rgba(0, 0, 0, .15); }
#search-results[hidden] { display: none; }
#search-results li { padding: .4em .6em; border-bottom: 1px solid #edf2f7; }
#search-results li a { color: #2b6cb0; font-weight: 600; text-decoration: none; }
#search-results .hit-detail { display: block; color: #4a5568; font-size: .85em; }
main { padding: 1em 1.5em 3em; max-width: 110em; }
h1 { font-size: 1.6em; margin: .4em 0; }
h2 { font-size: 1.2em; margin-top: 1.6em; border-bottom: 1px solid #e2e8f0; }
table { border-collapse: collapse; margin: .5em 0; }
th, td { text-align: left; vertical-align: top; padding: .3em .6em; border-bottom: 1px solid #e2e8f0; }
thead th { background: #f7fafc; }
td.number { text-align: right; }
td.description, p.description { max-width: 40em; }
code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .9em; overflow-wrap: anywhere; }
.status { display: inline-block; padding: 0 .4em; border-radius: 3px; font-size: .8em; background: #e2e8f0; }
.status-active { background: #c6f6d5; }
.status-deprecated { background: #fed7d7; }
.status-draft { background: #fefcbf; }
.status-retired { background: #cbd5e0; }
.pii-mark { color: #9b2c2c; font-weight: 600; }
tr.pii { background: #fff5f5; }
tr.current { font-weight: 600; }
.deprecation { padding: .6em 1em; background: #fff5f5; border-left: 4px solid #c53030; }
.none { color: #718096; }
.diagram { overflow: auto; border: 1px solid #e2e8f0; padding: .5em; }
.legend { display: inline-block; padding: 0 .4em; border: 1px solid #a0aec0; border-radius: 3px; font-size: .85em; }
svg.lineage a:hover rect { stroke-width: 2; }
