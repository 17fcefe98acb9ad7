// The dashboard's charts, each fed by one named query of /api/queries and nothing else.
'use strict';

function rows(name, params) {
  const url = new URL('/api/queries/' + name, window.location.href);
  Object.entries(params || {}).forEach(([k, v]) => { if (v) url.searchParams.set(k, v); });
  return fetch(url, { headers: { Accept: 'application/sparql-results+json' } })
    .then(r => { if (!r.ok) throw new Error(name + ': HTTP ' + r.status); return r.json(); })
    .then(j => j.results.bindings.map(b => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v.value]))));
}

function rowsLink(name, params, format) {
  const url = new URL('/api/queries/' + name, window.location.href);
  Object.entries(params || {}).forEach(([k, v]) => { if (v) url.searchParams.set(k, v); });
  if (format) url.searchParams.set('format', format);
  return url.pathname + url.search;
}

// An IRI this server mints opens here: its path is where it dereferences.
function localPage(iri) {
  try { return new URL(iri).pathname; } catch (e) { return null; }
}

function chart(id) {
  const el = document.getElementById(id);
  return echarts.getInstanceByDom(el) || echarts.init(el, null, { renderer: 'canvas' });
}

function empty(id, text) {
  chart(id).setOption({ title: { text: text, left: 'center', top: 'middle', textStyle: { color: '#888', fontSize: 14 } } }, true);
}

function failed(id, error) {
  const el = document.getElementById(id);
  el.textContent = 'Could not load: ' + error.message;
  el.className = 'error';
}

// Tooltip formatters return HTML: the documents' words go in escaped.
function esc(text) {
  return String(text).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

const FONT = "system-ui, 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif";

function obligations(jurisdiction) {
  const params = { jurisdiction: jurisdiction };
  document.querySelectorAll('#obligations-panel a.csv').forEach(a => { a.href = rowsLink('agency-workload', params, 'csv'); });
  document.querySelectorAll('#obligations-panel a.json').forEach(a => { a.href = rowsLink('agency-workload', params); });
  return rows('agency-workload', params).then(data => {
    if (!data.length) { empty('obligations', 'No agency has a task here'); return data; }
    const top = data.slice(0, 25).reverse();
    const c = chart('obligations');
    c.setOption({
      textStyle: { fontFamily: FONT },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 10, right: 30, top: 30, bottom: 10, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: top.map(r => r.agencyName), axisLabel: { interval: 0, width: 200, overflow: 'truncate' } },
      series: [
        { name: 'leads 牵头', type: 'bar', stack: 'tasks', data: top.map(r => +r.leadCount) },
        { name: 'shares 责任', type: 'bar', stack: 'tasks', data: top.map(r => +r.responsibleCount) },
        { name: 'as issuer 发文单位(推定)', type: 'bar', stack: 'tasks', data: top.map(r => +r.inferredCount) }
      ]
    }, true);
    c.off('click');
    c.on('click', p => { const page = localPage(top[p.dataIndex].agency); if (page) window.location.href = page; });
    return data;
  });
}

function deadlines() {
  // counted on the server (the summary graph): one row per quarter and status, not one per target
  return rows('target-counts-by-quarter').then(data => {
    if (!data.length) { empty('deadlines', 'No target has a last day'); return; }
    const periods = [...new Set(data.map(r => r.year + ' ' + r.quarter))].sort();
    const statuses = [...new Set(data.map(r => r.status))].sort();
    const c = chart('deadlines');
    c.setOption({
      textStyle: { fontFamily: FONT },
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 10, right: 30, top: 30, bottom: 10, containLabel: true },
      xAxis: { type: 'category', data: periods },
      yAxis: { type: 'value', minInterval: 1, name: 'targets' },
      color: ['#c0392b', '#27ae60', '#2980b9'],
      series: statuses.map(s => ({
        name: s, type: 'bar', stack: 'targets',
        data: periods.map(p => data.filter(r => r.year + ' ' + r.quarter === p && r.status === s).reduce((n, r) => n + +r.targets, 0))
      }))
    }, true);
    c.on('click', () => { window.location.href = rowsLink('targets-by-quarter', {}, 'csv'); });
  });
}

function figures() {
  return rows('figures-beside-targets').then(data => {
    if (!data.length) { empty('figures', 'No reported figure shares an indicator with a target'); return; }
    const labels = data.map(r => r.indicator + ' (' + r.unit + ')');
    const c = chart('figures');
    c.setOption({
      textStyle: { fontFamily: FONT },
      tooltip: { trigger: 'axis', formatter: ps => ps.map(p => esc(p.seriesName + ': ' + p.value + ' — ' +
          (p.seriesIndex === 0 ? data[p.dataIndex].targetText : data[p.dataIndex].figureText))).join('<br>') },
      legend: { top: 0 },
      grid: { left: 10, right: 30, top: 30, bottom: 10, containLabel: true },
      xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, width: 160, overflow: 'truncate' } },
      yAxis: { type: 'value' },
      series: [
        { name: 'target 目标', type: 'bar', data: data.map(r => +r.targetValue) },
        { name: 'reported 报告', type: 'bar', data: data.map(r => +r.figureValue) }
      ]
    }, true);
    c.on('click', p => { const page = localPage(p.seriesIndex === 0 ? data[p.dataIndex].targetDoc : data[p.dataIndex].figureDoc); if (page) window.location.href = page; });
  });
}

function coverage() {
  return rows('coverage-by-jurisdiction').then(cells => {
    if (!cells.length) { empty('coverage', 'No measure carries out an outline item'); return; }
    const counts = {};
    cells.forEach(r => { counts[r.outline] = (counts[r.outline] || 0) + 1; });
    const outline = Object.keys(counts).sort((a, b) => counts[b] - counts[a])[0];
    return rows('outline-coverage', { outline: outline }).then(items => {
      const itemIds = items.map(r => r.item);
      const titles = Object.fromEntries(items.map(r => [r.item, r.title]));
      const mine = cells.filter(r => r.outline === outline);
      const places = [...new Set(mine.map(r => r.jurisdiction))].sort();
      const c = chart('coverage');
      c.setOption({
        textStyle: { fontFamily: FONT },
        title: { text: outline, left: 'center', textStyle: { fontSize: 13 } },
        tooltip: { formatter: p => esc(places[p.value[1]] + ' · ' + itemIds[p.value[0]] + ' ' + titles[itemIds[p.value[0]]] + ': ' + p.value[2] + ' measures') },
        grid: { left: 10, right: 30, top: 40, bottom: 70, containLabel: true },
        xAxis: { type: 'category', data: itemIds, axisLabel: { rotate: 60, interval: 0 }, splitArea: { show: true } },
        yAxis: { type: 'category', data: places, splitArea: { show: true } },
        visualMap: { min: 0, max: Math.max(...mine.map(r => +r.measures)), calculable: true, orient: 'horizontal', left: 'center', bottom: 0,
          inRange: { color: ['#eaf2fb', '#1f5fa8'] } },
        series: [{ name: 'measures', type: 'heatmap', label: { show: true },
          data: mine.map(r => [itemIds.indexOf(r.item), places.indexOf(r.jurisdiction), +r.measures]).filter(v => v[0] >= 0) }]
      }, true);
      c.on('click', p => { window.location.href = rowsLink('trace-item', { item: itemIds[p.value[0]], outline: outline }, 'csv'); });
    });
  });
}

const select = document.getElementById('jurisdiction');
obligations('').then(data => {
  [...new Set(data.map(r => r.jurisdiction).filter(j => j))].sort().forEach(j => {
    const o = document.createElement('option');
    o.textContent = j;
    select.appendChild(o);
  });
}).catch(e => failed('obligations', e));
select.addEventListener('change', () => obligations(select.value).catch(e => failed('obligations', e)));
deadlines().catch(e => failed('deadlines', e));
figures().catch(e => failed('figures', e));
coverage().catch(e => failed('coverage', e));
window.addEventListener('resize', () => ['obligations', 'deadlines', 'figures', 'coverage'].forEach(id => chart(id).resize()));
