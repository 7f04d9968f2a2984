namespace CaseStay.Extract.Review;

/// <summary>The style sheet and scripts inlined into every review page (no external resource: the folder works offline
/// and can be zipped and mailed).</summary>
internal static class ReviewAssets
{
    /// <summary>Field kinds with their colour and legend text; the overlay boxes also print their label, so colour is never the only cue.</summary>
    public static readonly IReadOnlyList<(string Kind, string Colour, string Legend)> Kinds =
    [
        ("case-number", "#1f5fbf", "case number"),
        ("court", "#6b6b6b", "court"),
        ("parties", "#1d7f2e", "parties"),
        ("title", "#7b3fb0", "title"),
        ("judge", "#c0282d", "judge"),
        ("dated", "#c25e00", "dated"),
        ("stay", "#7a4a2a", "stay"),
        ("directive", "#0f7c8c", "directive"),
        ("deadline", "#b0307a", "deadline"),
        ("warning", "#8a7a00", "warning"),
        ("other", "#444444", "other"),
    ];

    public static string Css()
    {
        var sb = new System.Text.StringBuilder();
        sb.Append("""
:root{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;line-height:1.4;color:#111;background:#fff}
body{margin:0 1rem 2rem}
h1{font-size:1.3rem;margin:.6rem 0}
h2{font-size:1.1rem;margin:1rem 0 .4rem}
a{color:#0b4fa8}
:focus-visible{outline:3px solid #0b4fa8;outline-offset:2px}
nav.top{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;padding:.4rem 0;border-bottom:1px solid #ccc}
.keys{color:#555;font-size:.85rem}
kbd{border:1px solid #999;border-radius:3px;padding:0 .25em;font-size:.85em}
table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid #ddd;padding:.25rem .4rem;text-align:left;vertical-align:top}
th[data-sort-key]{cursor:pointer;white-space:nowrap}
th[aria-sort=ascending]::after{content:" \25B2"}
th[aria-sort=descending]::after{content:" \25BC"}
tr.rank-0{background:#fde8e8}
tr.rank-1{background:#fff6dc}
tbody tr:focus{outline:3px solid #0b4fa8}
.nowrap{white-space:nowrap}
.filter{font-size:1rem;padding:.3rem;min-width:18rem}
.layout{display:grid;grid-template-columns:minmax(0,1.3fr) minmax(24rem,1fr);gap:1.2rem;align-items:start}
@media (max-width:70rem){.layout{grid-template-columns:minmax(0,1fr)}}
.side{position:sticky;top:0;max-height:100vh;overflow:auto}
@media (max-width:70rem){.side{position:static;max-height:none}}
.page{position:relative;margin:0 0 1rem;border:1px solid #bbb;box-shadow:0 1px 4px #0002}
.page img{display:block;width:100%;height:auto}
.page svg.overlay{position:absolute;left:0;top:0;width:100%;height:100%;overflow:visible}
.page .pageno{position:absolute;right:.3rem;top:.2rem;background:#fffc;font-size:.8rem;padding:0 .3rem}
svg .box rect{fill:transparent;stroke-width:1.2;cursor:pointer}
svg .box text{font-size:7px;font-family:sans-serif;paint-order:stroke;stroke:#fff;stroke-width:2px;cursor:pointer}
svg .box.selected rect{stroke-width:3;fill:#ffeb3b55}
pre.doc-text{white-space:pre-wrap;word-wrap:break-word;font-family:"DejaVu Sans Mono",monospace;font-size:.9rem;border:1px solid #bbb;padding:.6rem;margin:0}
pre.doc-text mark{background:transparent;border:2px solid;border-radius:2px;cursor:pointer;color:inherit}
pre.doc-text mark::before{content:attr(data-label);font-size:.7rem;font-family:sans-serif;vertical-align:super;margin-right:.15em}
pre.doc-text mark.selected{background:#ffeb3b88}
.fields tr{cursor:pointer}
.fields tr.selected,.deadlines li.selected,.directives li.selected,.warnings li.selected{background:#fff3a8}
.swatch{display:inline-block;width:.9em;height:.9em;border:2px solid;margin-right:.3em;vertical-align:-.1em}
.legend{display:flex;flex-wrap:wrap;gap:.2rem .8rem;font-size:.85rem;margin:.3rem 0}
.flag{display:inline-block;font-size:.75rem;border:1px solid #888;border-radius:3px;padding:0 .25em;margin:0 .2em .1em 0}
.corrected{font-weight:bold;color:#0a5}
.prov,.conf{font-size:.8rem;color:#444}
.low{color:#b00;font-weight:bold}
.explain{font-size:.9rem;color:#333}
.directive-quote{font-size:.85rem;color:#444;border-left:3px solid #ccc;padding-left:.5rem;margin:.2rem 0}
.problem{background:#fde8e8;border:1px solid #c00;padding:.4rem}
form.corrections label{display:block;margin:.3rem 0}
form.corrections input,form.corrections select{font-size:1rem;max-width:100%}
footer{margin-top:2rem;color:#666;font-size:.8rem}
@media print{
 .no-print,nav.top .keys,form.corrections,.filter{display:none!important}
 .layout{display:block}
 .side{position:static;max-height:none;overflow:visible}
 .page{break-inside:avoid;box-shadow:none}
 a{color:#000;text-decoration:none}
 tr.rank-0,tr.rank-1{background:none}
 body{margin:0}
}

""");
        foreach (var (kind, colour, _) in Kinds)
        {
            sb.Append(".k-").Append(kind).Append("{border-color:").Append(colour).Append(";color:").Append(colour).Append("}\n");
            sb.Append("svg .k-").Append(kind).Append(" rect{stroke:").Append(colour).Append("}\n");
            sb.Append("svg .k-").Append(kind).Append(" text{fill:").Append(colour).Append("}\n");
            sb.Append("pre.doc-text mark.k-").Append(kind).Append("{border-color:").Append(colour).Append("}\n");
        }

        return sb.ToString();
    }

    /// <summary>The file page's script: field ↔ box selection, keyboard, corrections kept in the browser and downloaded.</summary>
    public const string FileScript = """
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('review-data').textContent);
  var order = Array.prototype.map.call(document.querySelectorAll('[data-field-row]'), function (e) { return e.getAttribute('data-field-row'); });
  var current = -1;
  function byKey(prefix, key) { return document.getElementById(prefix + key); }
  function select(key, from) {
    document.querySelectorAll('.selected').forEach(function (e) { e.classList.remove('selected'); });
    var row = byKey('field-', key), box = byKey('box-', key);
    if (row) { row.classList.add('selected'); }
    if (box) { box.classList.add('selected'); }
    current = order.indexOf(key);
    if (from === 'field' && box) { box.scrollIntoView({ block: 'center', inline: 'nearest' }); }
    if (from === 'box' && row) { row.scrollIntoView({ block: 'nearest' }); row.focus({ preventScroll: true }); }
    if (from === 'key' && row) { row.focus({ preventScroll: true }); row.scrollIntoView({ block: 'nearest' }); if (box) { box.scrollIntoView({ block: 'center' }); } }
  }
  document.querySelectorAll('[data-field-row]').forEach(function (row) {
    row.addEventListener('click', function (ev) { if (ev.target.closest('a,input,select,button')) { return; } select(row.getAttribute('data-field-row'), 'field'); });
    row.addEventListener('keydown', function (ev) { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); select(row.getAttribute('data-field-row'), 'field'); } });
  });
  document.querySelectorAll('[data-box]').forEach(function (box) {
    box.addEventListener('click', function () { select(box.getAttribute('data-box'), 'box'); });
  });
  function go(rel) { var a = document.querySelector('a[rel="' + rel + '"]'); if (a) { window.location.href = a.href; } }
  document.addEventListener('keydown', function (ev) {
    if (ev.target.closest('input,select,textarea') || ev.ctrlKey || ev.metaKey || ev.altKey) { return; }
    if (ev.key === 'n') { go('next'); }
    else if (ev.key === 'p') { go('prev'); }
    else if (ev.key === 'i') { go('index'); }
    else if (ev.key === 'f' || ev.key === 'j') { if (order.length) { select(order[(current + 1) % order.length], 'key'); } }
    else if (ev.key === 'F' || ev.key === 'k') { if (order.length) { select(order[(current - 1 + order.length) % order.length], 'key'); } }
    else { return; }
    ev.preventDefault();
  });
  var storeKey = 'casestay-corrections';
  var memory = {};
  function load() { try { return JSON.parse(window.localStorage.getItem(storeKey) || '{}'); } catch (e) { return memory; } }
  function save(all) { memory = all; try { window.localStorage.setItem(storeKey, JSON.stringify(all)); } catch (e) { } }
  function remember(input) {
    var all = load(), field = input.getAttribute('data-correct'), original = input.getAttribute('data-original') || '';
    var value = input.value.trim(), key = data.sha256 + '|' + field;
    if (value === original || (value === '' && original === '')) { delete all[key]; input.classList.remove('corrected'); }
    else { all[key] = { sha256: data.sha256, path: data.path, field: field, value: value, original: original }; input.classList.add('corrected'); }
    save(all);
    var count = document.getElementById('correction-count');
    if (count) { count.textContent = String(Object.keys(all).length); }
  }
  var form = document.querySelector('form.corrections');
  if (form) {
    var saved = load();
    form.querySelectorAll('[data-correct]').forEach(function (input) {
      var key = data.sha256 + '|' + input.getAttribute('data-correct');
      if (saved[key]) { input.value = saved[key].value; input.classList.add('corrected'); }
      input.addEventListener('change', function () { remember(input); });
    });
    form.addEventListener('submit', function (ev) { ev.preventDefault(); });
  }
  window.casestayCorrections = load;
})();
""";

    /// <summary>Shared by both pages: builds <c>corrections.json</c> from what the clerk changed and downloads it.</summary>
    public const string DownloadScript = """
(function () {
  'use strict';
  var button = document.getElementById('download-corrections');
  if (!button) { return; }
  function all() { try { return JSON.parse(window.localStorage.getItem('casestay-corrections') || '{}'); } catch (e) { return window.casestayCorrections ? window.casestayCorrections() : {}; } }
  function build() {
    var map = all();
    var list = Object.keys(map).sort().map(function (k) { return map[k]; });
    return JSON.stringify({ version: 1, corrections: list }, null, 2) + '\n';
  }
  window.casestayCorrectionsJson = build;
  var count = document.getElementById('correction-count');
  if (count) { count.textContent = String(Object.keys(all()).length); }
  button.addEventListener('click', function () {
    var blob = new Blob([build()], { type: 'application/json' });
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'corrections.json';
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 0);
  });
})();
""";

    /// <summary>The index page's script: filter box, sortable columns (attention order is the default), keyboard.</summary>
    public const string IndexScript = """
(function () {
  'use strict';
  var table = document.getElementById('files');
  var body = table.tBodies[0];
  var filter = document.getElementById('filter');
  filter.addEventListener('input', function () {
    var q = filter.value.toLowerCase();
    Array.prototype.forEach.call(body.rows, function (r) { r.hidden = q !== '' && r.textContent.toLowerCase().indexOf(q) < 0; });
  });
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, column) {
    if (!th.hasAttribute('data-sort-key')) { return; }
    th.tabIndex = 0;
    function sort() {
      var asc = th.getAttribute('aria-sort') !== 'ascending';
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (c) { c.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
      var rows = Array.prototype.slice.call(body.rows);
      var numeric = th.getAttribute('data-sort-key') === 'number';
      rows.sort(function (a, b) {
        var x = a.cells[column].getAttribute('data-sort') || a.cells[column].textContent;
        var y = b.cells[column].getAttribute('data-sort') || b.cells[column].textContent;
        var c = numeric ? (parseFloat(x) || 0) - (parseFloat(y) || 0) : (x < y ? -1 : x > y ? 1 : 0);
        if (c === 0) { c = parseInt(a.getAttribute('data-attention'), 10) - parseInt(b.getAttribute('data-attention'), 10); return c; }
        return asc ? c : -c;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    }
    th.addEventListener('click', sort);
    th.addEventListener('keydown', function (ev) { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); sort(); } });
  });
  function visible() { return Array.prototype.filter.call(body.rows, function (r) { return !r.hidden; }); }
  document.addEventListener('keydown', function (ev) {
    if (ev.target.closest('input,select,textarea') || ev.ctrlKey || ev.metaKey || ev.altKey) { if (ev.key === 'Escape') { ev.target.blur(); } return; }
    var rows = visible(), at = rows.indexOf(document.activeElement);
    if (ev.key === 'j' || ev.key === 'n' || ev.key === 'ArrowDown') { if (rows.length) { rows[Math.min(at + 1, rows.length - 1)].focus(); } }
    else if (ev.key === 'k' || ev.key === 'p' || ev.key === 'ArrowUp') { if (rows.length) { rows[Math.max(at - 1, 0)].focus(); } }
    else if (ev.key === 'Enter' && at >= 0) { rows[at].querySelector('a').click(); }
    else if (ev.key === '/') { filter.focus(); }
    else { return; }
    ev.preventDefault();
  });
})();
""";
}
