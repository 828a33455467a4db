// Entente dashboard. Every piece of text from the store or a case file goes into the page as a
// text node (textContent / createTextNode), never as markup, and Chart.js draws labels on canvas.
'use strict';

const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#999999'];
const RATING_COLOURS = { CC: '#31a354', C: '#a1d99b', N: '#f0f0f0', I: '#fc8d59', II: '#d7301f' };
const INTENSITY_COLOURS = ['#f7f7f7', '#fdd0a2', '#fd8d3c', '#d94701'];
const charts = {};

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'style') { Object.assign(e.style, v); } else if (k === 'dataset') { Object.assign(e.dataset, v); } else { e.setAttribute(k, v); }
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    e.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
function text(id, value) { document.getElementById(id).textContent = value == null ? '' : String(value); }

async function getJson(url) {
  const r = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await r.json();
  if (!r.ok) throw new Error(body && body.error ? body.error : ('HTTP ' + r.status));
  return body;
}

// Ticks at whole numbers only, whatever the axis's (half-step padded) bounds.
function integerTicks(from, to) {
  return (axis) => { axis.ticks = []; for (let v = from; v <= to; v++) axis.ticks.push({ value: v }); };
}

// Years print as years ("1995", never "1,995"): the label is the plain integer.
function yearAxis(from, to) {
  return { type: 'linear', min: from - 0.5, max: to + 0.5, afterBuildTicks: integerTicks(from, to),
    ticks: { callback: (v) => String(v), autoSkip: true, maxRotation: 0 }, title: { display: true, text: 'year' } };
}

function points(series) { return series.points.map((p) => ({ x: p.year, y: p.value })); }

function draw(id, config) {
  if (charts[id]) charts[id].destroy();
  config.options = Object.assign({ animation: false, responsive: true, maintainAspectRatio: false,
    interaction: { mode: 'nearest', intersect: false } }, config.options || {});
  charts[id] = new Chart(document.getElementById('chart-' + id), config);
  const n = config.data.datasets.reduce((s, d) => s + d.data.length, 0);
  document.getElementById('fig-' + id).dataset.points = String(n);
  return charts[id];
}

function caption(id, parts) { text('cap-' + id, parts.filter((p) => p).join(' ')); }

// What to say when a chart has nothing to draw, as the server words it: the dataset is not loaded
// (what it would add and where its publisher offers it), the span is outside the years it covers,
// or it is loaded and covers them but has no rows for this pair.
function emptyMessage(coverage, family) {
  const c = coverage && coverage[family];
  return c ? c.message : 'No data for this pair and span.';
}

function renderArms(pair, coverage) {
  const a = pair.armsAtoB; const b = pair.armsBtoA;
  const main = total(b.deliveries) > total(a.deliveries) ? b : a;
  const datasets = [];
  [a, b].forEach((r) => {
    if (r.deliveries.points.length) {
      datasets.push({ type: 'bar', label: r.deliveries.label, data: points(r.deliveries), yAxisID: 'tiv',
        backgroundColor: PALETTE[datasets.length], barPercentage: 0.9, categoryPercentage: 0.9 });
    }
  });
  if (main.shareOfSupplierExports.points.length) {
    datasets.push({ type: 'line', label: main.shareOfSupplierExports.label + ' (%)', data: points(main.shareOfSupplierExports),
      yAxisID: 'share', borderColor: PALETTE[4], backgroundColor: PALETTE[4], tension: 0 });
  }
  draw('arms', { data: { datasets }, options: { scales: {
    x: yearAxis(pair.fromYear, pair.toYear),
    tiv: { type: 'linear', position: 'left', beginAtZero: true, title: { display: true, text: 'TIV million' } },
    share: { type: 'linear', position: 'right', beginAtZero: true, grid: { drawOnChartArea: false },
      ticks: { callback: (v) => v + '%' }, title: { display: true, text: "% of supplier's arms exports" } } } } });
  caption('arms', datasets.length ? [main.deliveries.basis + '.', 'TIV is a volume index, not a price.']
    : [emptyMessage(coverage, 'SIPRI_ARMS')]);
}

function total(series) { return series.points.reduce((s, p) => s + p.value, 0); }

function renderLines(id, list, from, to, yTitle, empty, yFormat) {
  const datasets = list.filter((s) => s.points.length).map((s, i) => ({ type: 'line', label: s.label, data: points(s),
    borderColor: PALETTE[i % PALETTE.length], backgroundColor: PALETTE[i % PALETTE.length], tension: 0 }));
  draw(id, { data: { datasets }, options: { scales: { x: yearAxis(from, to),
    y: { type: 'linear', title: { display: true, text: yTitle }, ticks: yFormat ? { callback: yFormat } : {} } } } });
  caption(id, datasets.length ? [list.find((s) => s.points.length).basis + '.'] : [empty]);
}

function renderPair(body) {
  const pair = body.pair;
  text('pair-title', pair.a.name + ' (' + pair.a.abbrev + ') and ' + pair.b.name + ' (' + pair.b.abbrev + '), '
    + pair.fromYear + '–' + pair.toYear);
  renderArms(pair, body.coverage);
  renderLines('trade', [pair.trade.total, pair.trade.importsOfA, pair.trade.importsOfB], pair.fromYear, pair.toYear,
    'current US$ million', emptyMessage(body.coverage, 'COW_TRADE'));
  renderLines('cinc', pair.cinc, pair.fromYear, pair.toYear, 'CINC', emptyMessage(body.coverage, 'COW_NMC'),
    (v) => v.toFixed(2));
}

function renderBarometer(bar, from, to) {
  const rows = bar.summits.filter((s) => s.level !== null && s.level !== undefined);
  const data = rows.map((s) => ({ x: s.time, y: s.level, summit: s }));
  draw('barometer', { data: { datasets: [{ type: 'line', label: 'summit characterisation', data,
    borderColor: PALETTE[0], backgroundColor: PALETTE[0], pointRadius: 5, pointHoverRadius: 7, tension: 0 }] },
  options: {
    scales: { x: yearAxis(from, to + 1), y: { type: 'linear', min: -0.5, max: bar.levels.length - 0.5,
      afterBuildTicks: integerTicks(0, bar.levels.length - 1), ticks: { callback: (v) => bar.levels[v] } } },
    plugins: { legend: { display: false }, tooltip: { callbacks: {
      title: (items) => items.map((i) => i.raw.summit.tag + ' ' + i.raw.summit.date + ' ' + (i.raw.summit.place || '')),
      label: (item) => [item.raw.summit.levelLabel + ': ' + (item.raw.summit.characterisation || ''), item.raw.summit.decidedBy] } } },
    onClick: (evt, elements) => { if (elements.length) highlight(data[elements[0].index].summit.tag); } } });
  caption('barometer', [rows.length + ' of ' + bar.summits.length + ' summits placed on the scale;',
    'click a point to find it in the timeline.']);
}

function highlight(tag) {
  document.querySelectorAll('#timeline tbody tr').forEach((tr) => {
    const on = tr.dataset.tag === tag;
    tr.classList.toggle('highlight', on);
    if (on) tr.scrollIntoView({ block: 'center' });
  });
}

function renderTimeline(entries) {
  const body = document.querySelector('#timeline tbody');
  clear(body);
  const select = document.getElementById('timeline-kind');
  const kinds = [...new Set(entries.map((e) => e.kind))];
  while (select.options.length > 1) select.remove(1);
  kinds.forEach((k) => select.appendChild(el('option', { value: k }, k)));
  entries.forEach((e) => body.appendChild(el('tr', { dataset: { kind: e.kind, tag: e.tag || '' } },
    el('td', {}, e.date), el('td', {}, e.tag), el('td', {}, e.kind), el('td', {}, e.title), el('td', {}, e.detail),
    el('td', { class: 'src' }, e.sources.join(', ')))));
  select.onchange = () => body.querySelectorAll('tr').forEach((tr) => {
    tr.hidden = select.value !== '' && tr.dataset.kind !== select.value;
  });
}

function renderThreats(m) {
  const table = document.getElementById('threats');
  clear(table.tHead); clear(table.tBodies[0]);
  table.tHead.appendChild(el('tr', {}, el('th', {}, 'Threat source / issue'), ...m.parties.map((p) => el('th', {}, p))));
  m.threats.forEach((t, r) => table.tBodies[0].appendChild(el('tr', {}, el('td', {}, t),
    ...m.intensity[r].map((v) => el('td', { class: 'cell', style: { background: INTENSITY_COLOURS[v] || '#fff' } }, v)))));
  text('threat-congruence', m.weightedJaccard === null ? 'No external threat perceived by either party.'
    : 'Congruence (weighted Jaccard): ' + m.weightedJaccard.toFixed(3) + '; cosine: '
      + (m.cosine === null ? 'n/a' : m.cosine.toFixed(3)) + '. Intensity 0 none, 1 low, 2 moderate, 3 high.');
}

function renderAch(m) {
  const table = document.getElementById('ach');
  clear(table.tHead); clear(table.tBodies[0]); clear(table.tFoot);
  table.tHead.appendChild(el('tr', {}, el('th', {}, 'Evidence'), el('th', {}, 'Weight'), el('th', {}, 'Diagnosticity'),
    ...m.hypotheses.map((h) => el('th', { title: h.theorist || '' }, h.label))));
  m.items.forEach((item) => table.tBodies[0].appendChild(el('tr', {},
    el('td', {}, el('strong', {}, item.id), ' ', item.description), el('td', { class: 'cell' }, item.weight),
    el('td', { class: 'cell' }, item.diagnosticity),
    ...item.ratings.map((r) => el('td', { class: 'cell', style: { background: RATING_COLOURS[r] || '#fff' } }, r)))));
  table.tFoot.appendChild(el('tr', {}, el('th', { colspan: '3' }, 'Weighted inconsistency (lowest leads)'),
    ...m.hypotheses.map((h) => el('th', { class: 'cell' }, h.inconsistency + (h.leads ? ' ★' : '')))));
  text('ach-note', m.mostDiagnostic ? 'Most diagnostic item: ' + m.mostDiagnostic + '; without it the leading hypothesis is '
    + m.leadersWithoutMostDiagnostic.join(', ') + '.' : '');
}

async function renderCase(id) {
  const hide = !id;
  document.getElementById('case-section').hidden = hide;
  if (hide) return;
  const [c, bar, threats, ach] = await Promise.all([getJson('api/cases/' + encodeURIComponent(id)),
    getJson('api/cases/' + encodeURIComponent(id) + '/barometer'), getJson('api/cases/' + encodeURIComponent(id) + '/threats'),
    getJson('api/cases/' + encodeURIComponent(id) + '/ach')]);
  text('case-title', c.title + ' (' + c.id + ')');
  text('case-summary', c.summary);
  renderBarometer(bar, c.fromYear, c.toYear);
  renderTimeline(c.timeline);
  renderThreats(threats);
  renderAch(ach);
  const ul = document.getElementById('case-sources');
  clear(ul);
  c.sources.forEach((s) => ul.appendChild(el('li', {}, el('strong', {}, '[' + s.id + '] '), s.citation,
    s.locator ? ', ' + s.locator : '', el('span', { class: 'src' }, ' (' + s.kind + ')'))));
}

function renderDatasets(list) {
  const body = document.querySelector('#datasets tbody');
  clear(body);
  if (!list.length) body.appendChild(el('tr', {}, el('td', { colspan: '7', class: 'missing' },
    'No datasets loaded yet. Load the bundled data with: entente data update, or import files with: entente import FILE...')));
  list.forEach((d) => body.appendChild(el('tr', {}, el('td', {}, d.id), el('td', {}, d.kind), el('td', {}, d.fileName),
    el('td', {}, d.rows), el('td', {}, d.version), el('td', {}, d.generated), el('td', {}, d.citation))));
}

function fillStates(states, params) {
  ['a', 'b'].forEach((k) => {
    const select = document.getElementById('state-' + k);
    states.forEach((s) => select.appendChild(el('option', { value: s.abbrev }, s.name + ' (' + s.abbrev + ')')));
    select.value = params.get(k) || (k === 'a' ? 'RUS' : 'CHN');
  });
  document.getElementById('year-from').value = params.get('from') || '1989';
  document.getElementById('year-to').value = params.get('to') || '2001';
}

// The case select offers the cases about the pair shown. The one asked for stays chosen if it is among
// them; '' asks for none; null (nothing asked) takes the first.
function fillCases(cases, wanted) {
  const select = document.getElementById('case');
  while (select.options.length > 1) select.remove(1);
  cases.forEach((c) => select.appendChild(el('option', { value: c.id }, c.title + ' (' + c.id + ')')));
  const ids = cases.map((c) => c.id);
  select.value = ids.includes(wanted) ? wanted : (wanted === '' ? '' : (ids[0] || ''));
  return select.value;
}

async function show(wantedCase) {
  const q = new URLSearchParams({ a: document.getElementById('state-a').value, b: document.getElementById('state-b').value,
    from: document.getElementById('year-from').value, to: document.getElementById('year-to').value });
  text('status', 'Loading…');
  document.body.dataset.ready = 'false';
  try {
    const body = await getJson('api/pair?' + q.toString());
    const caseId = fillCases(body.cases, wantedCase === undefined ? document.getElementById('case').value : wantedCase);
    if (caseId) q.set('case', caseId);
    history.replaceState(null, '', '?' + q.toString());
    renderPair(body);
    await renderCase(caseId);
    text('status', '');
  } catch (e) {
    text('status', 'Error: ' + e.message);
  }
  document.body.dataset.ready = 'true';
}

async function start() {
  const params = new URLSearchParams(location.search);
  try {
    const [states, datasets] = await Promise.all([getJson('api/states'), getJson('api/datasets')]);
    fillStates(states, params);
    renderDatasets(datasets);
  } catch (e) {
    text('status', 'Error: ' + e.message);
    document.body.dataset.ready = 'true';
    return;
  }
  document.getElementById('controls').addEventListener('submit', (e) => { e.preventDefault(); show(); });
  document.getElementById('case').addEventListener('change', () => show());
  await show(params.get('case'));
}

document.addEventListener('DOMContentLoaded', start);
