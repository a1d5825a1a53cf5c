// Client-side search over window.DATAPACT_SEARCH (assets/search-index.js). Results are built as
// DOM nodes with textContent, so no indexed text is ever parsed as HTML.
(function () {
  var input = document.getElementById('search');
  var list = document.getElementById('search-results');
  var entries = window.DATAPACT_SEARCH || [];
  if (!input || !list) {
    return;
  }
  var root = document.body.getAttribute('data-root') || '';
  var haystacks = [];
  for (var i = 0; i < entries.length; i++) {
    var e = entries[i];
    haystacks.push([e.id, e.version, e.status, e.kind, e.team, e.description,
      e.fields.join(' '), e.checks.join(' ')].join(' ').toLowerCase());
  }

  function matches(index, terms) {
    for (var t = 0; t < terms.length; t++) {
      if (haystacks[index].indexOf(terms[t]) < 0) {
        return false;
      }
    }
    return true;
  }

  function matchingFields(entry, terms) {
    var found = [];
    for (var f = 0; f < entry.fields.length; f++) {
      for (var t = 0; t < terms.length; t++) {
        if (entry.fields[f].toLowerCase().indexOf(terms[t]) >= 0) {
          found.push(entry.fields[f]);
          break;
        }
      }
    }
    return found;
  }

  function item(entry, terms) {
    var li = document.createElement('li');
    li.className = 'hit';
    var a = document.createElement('a');
    a.href = root + entry.url;
    a.textContent = entry.id + ' ' + entry.version;
    li.appendChild(a);
    var detail = document.createElement('span');
    detail.className = 'hit-detail';
    var fields = matchingFields(entry, terms);
    detail.textContent = entry.status + ' ' + entry.kind
      + (fields.length ? ' - fields: ' + fields.join(', ') : '')
      + (entry.description ? ' - ' + entry.description.substring(0, 140) : '');
    li.appendChild(detail);
    return li;
  }

  function update() {
    var terms = input.value.toLowerCase().split(/\s+/).filter(function (t) { return t.length > 0; });
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
    if (terms.length === 0) {
      list.setAttribute('hidden', '');
      return;
    }
    var shown = 0;
    for (var i = 0; i < entries.length && shown < 50; i++) {
      if (matches(i, terms)) {
        list.appendChild(item(entries[i], terms));
        shown++;
      }
    }
    if (shown === 0) {
      var none = document.createElement('li');
      none.className = 'no-hit';
      none.textContent = 'No contract matches.';
      list.appendChild(none);
    }
    list.removeAttribute('hidden');
  }

  input.addEventListener('input', update);
  input.addEventListener('keyup', update);
})();
