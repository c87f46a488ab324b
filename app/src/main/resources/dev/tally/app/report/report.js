/* Tally report page: draws each subject and metric with Apache ECharts and replays "what was known
   at" a date from the states that Tally computed with core's rule. It computes no figure itself:
   it only compares dates (known from, superseded from, held from/until) and picks a state. */
(function () {
  'use strict';
  var DAY = 86400000;
  var data = JSON.parse(document.getElementById('tally-data').textContent);
  var sources = {};
  data.sources.forEach(function (s) { sources[s.id] = s; });
  var DERIVED_COLOUR = '#4d4d4d';
  var OUTLINE = '#333333';

  function text(value) { return value === null || value === undefined ? '' : String(value); }
  function esc(value) {
    return text(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  }
  function time(iso) { return Date.parse(iso + 'T00:00:00Z'); }
  function el(tag, cls, content) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (content !== undefined) { node.textContent = content; }
    return node;
  }

  /* Where a figure's mark stands on the value axis. */
  function markValue(f) {
    if (f.form === 'at_most') { return f.high; }
    return f.best !== null ? f.best : f.low;
  }
  function stateAt(f, date) {
    if (f.knownFrom > date) { return f.possiblyFrom <= date ? 'possibly known' : 'not yet known'; }
    if (f.supersededFrom && f.supersededFrom <= date) { return f.derived ? 'no longer derived' : 'superseded'; }
    return 'known';
  }
  function shown(state) { return state === 'known' || state === 'superseded' || state === 'possibly known'; }

  function sourceOf(f) {
    return (f.source && sources[f.source]) || { name: 'several sources', reliability: 'not graded' };
  }

  function details(f) {
    var rows = [['figure', f.display + (f.derived ? ' (derived)' : '')], ['source', sourceOf(f).name],
      ['reliability', sourceOf(f).reliability], ['period', f.period + (f.basis === 'increment' ? ' (within the period)' : '')]];
    if (f.derived) {
      rows.push(['derived', f.rule + ' from ' + f.inputs.join(', ')]);
    } else {
      rows.push(['reported', f.reported + ' (known from ' + f.knownFrom + ')']);
      if (f.via) { rows.push(['via', f.via]); }
      if (f.credibility) { rows.push(['credibility', f.credibility]); }
      var cite = [f.title, f.publisher, f.url].filter(function (x) { return x; }).join(' · ');
      rows.push(['citation', cite || 'none']);
      if (f.quote) { rows.push(['quote', '“' + f.quote + '”']); }
      if (f.note) { rows.push(['note', f.note]); }
      if (f.revises.length) { rows.push(['revises', f.revises.map(function (r) { return r.id + ' (' + r.kind + ')'; }).join(', ')]); }
      if (f.revisedBy.length) { rows.push(['revised by', f.revisedBy.join(', ')]); }
    }
    rows.push(['estimate', f.id]);
    return rows;
  }

  /* The axes' ends, the same at every date: every figure of the chart fits, with a margin. */
  function extent(figures) {
    var xs = figures.map(function (f) { return time(f.x); });
    var first = xs.reduce(function (a, b) { return Math.min(a, b); }, Infinity);
    var last = xs.reduce(function (a, b) { return Math.max(a, b); }, -Infinity);
    var pad = Math.max((last - first) * 0.05, 20 * DAY);
    var top = figures.reduce(function (a, f) { return Math.max(a, f.high === null ? f.low : f.high); }, 0);
    var step = Math.pow(10, Math.max(Math.floor(Math.log10(Math.max(top, 1) * 1.15)) - 1, 0));
    return { min: first - pad, max: last + pad, top: Math.ceil(Math.max(top, 1) * 1.15 / step) * step };
  }

  function Chart(section, chart) {
    this.section = section;
    this.chart = chart;
    this.byId = {};
    var self = this;
    chart.figures.forEach(function (f) { self.byId[f.id] = f; });
    this.extent = extent(chart.figures);
    this.plot = echarts.init(section.querySelector('.plot'), null, { renderer: 'svg' });
    this.plot.on('mouseover', function (event) {
      if (event.data && event.data.figure) { self.show(self.byId[event.data.figure]); }
    });
    section.querySelectorAll('tbody tr[data-figure]').forEach(function (row) {
      row.addEventListener('focus', function () { self.focus(row.getAttribute('data-figure')); });
      row.addEventListener('mouseenter', function () { self.focus(row.getAttribute('data-figure')); });
    });
  }

  Chart.prototype.colour = function (f) {
    var s = f.source && sources[f.source];
    return f.derived && !f.source ? DERIVED_COLOUR : (s ? s.colour : DERIVED_COLOUR);
  };

  Chart.prototype.show = function (f) {
    var box = this.section.querySelector('.details');
    var list = box.querySelector('dl');
    list.textContent = '';
    box.querySelector('.hint').hidden = true;
    details(f).forEach(function (row) {
      list.appendChild(el('dt', null, row[0]));
      list.appendChild(el('dd', null, row[1]));
    });
  };

  Chart.prototype.focus = function (id) {
    var f = this.byId[id];
    if (!f) { return; }
    this.show(f);
    var at = this.indexOf[id];
    if (at !== undefined) {
      this.plot.dispatchAction({ type: 'showTip', seriesIndex: at[0], dataIndex: at[1] });
    }
  };

  Chart.prototype.render = function (date) {
    var self = this;
    var groups = {};
    var order = [];
    var states = {};
    this.indexOf = {};
    this.chart.figures.forEach(function (f) {
      var state = stateAt(f, date);
      states[f.id] = state;
      if (!shown(state) || (f.derived && state !== 'known')) { return; }
      var key = f.derived && !f.source ? '(derived)' : f.source;
      if (!groups[key]) { groups[key] = []; order.push(key); }
      groups[key].push({ value: [time(f.x), f.low, markValue(f), f.high === null ? f.low : f.high], figure: f.id, state: state });
    });
    var series = order.map(function (key, s) {
      var first = self.byId[groups[key][0].figure];
      groups[key].forEach(function (item, i) { self.indexOf[item.figure] = [s, i]; });
      return {
        type: 'custom', name: key === '(derived)' ? 'derived (several sources)' : sourceOf(first).name,
        data: groups[key], encode: { x: 0, y: [1, 2, 3] }, color: self.colour(first),
        renderItem: function (params, api) { return self.mark(params, api, groups[key][params.dataIndex]); }
      };
    });
    series.push(this.links(date, states));
    this.plot.setOption({
      animation: false,
      grid: { left: 64, right: 24, top: 40, bottom: 40 },
      legend: { top: 4, textStyle: { color: '#1a1a1a' }, data: series.slice(0, -1).map(function (s) { return s.name; }) },
      tooltip: { trigger: 'item', confine: true, formatter: function (p) { return self.tooltip(p); } },
      xAxis: { type: 'time', min: this.extent.min, max: this.extent.max, axisLabel: { color: '#1a1a1a' }, axisLine: { lineStyle: { color: '#4d4d4d' } } },
      yAxis: { type: 'value', min: 0, max: this.extent.top, axisLabel: { color: '#1a1a1a' }, splitLine: { lineStyle: { color: '#e0e0e0' } } },
      series: series
    }, { notMerge: true });
    this.table(states, date);
    this.reconciled(date);
    this.findings(date);
  };

  Chart.prototype.tooltip = function (p) {
    if (!p.data || !p.data.figure) { return p.data && p.data.label ? esc(p.data.label) : ''; }
    var f = this.byId[p.data.figure];
    return details(f).slice(0, 7).map(function (row) { return '<b>' + esc(row[0]) + '</b> ' + esc(row[1]); }).join('<br>');
  };

  /* One figure's mark: a point, a bar with its best, or an arrow for an open bound. */
  Chart.prototype.mark = function (params, api, item) {
    var f = this.byId[item.figure];
    var colour = this.colour(f);
    var source = f.source && sources[f.source];
    var edge = source && source.outline ? OUTLINE : colour;
    var x = api.value(0);
    var mid = api.coord([x, api.value(2)]);
    var opacity = item.state === 'known' ? 1 : (item.state === 'superseded' ? 0.5 : 0.3);
    var dash = item.state === 'possibly known' || f.derived ? [4, 3] : null;
    var line = { stroke: colour, lineWidth: 3, lineDash: dash };
    var children = [];
    if (f.derived && api.value(1) !== api.value(3)) {
      var from = api.coord([x, api.value(1)]);
      var to = api.coord([x, api.value(3)]);
      children.push({ type: 'line', shape: { x1: from[0], y1: from[1], x2: to[0], y2: to[1] }, style: line });
    }
    if (f.derived) {
      children.push({ type: 'polygon', shape: { points: [[mid[0], mid[1] - 8], [mid[0] + 8, mid[1]], [mid[0], mid[1] + 8], [mid[0] - 8, mid[1]]] },
        style: { fill: '#ffffff', stroke: colour, lineWidth: 2, lineDash: [3, 2] } });
    } else if (f.form === 'range') {
      var low = api.coord([x, api.value(1)]);
      var high = api.coord([x, api.value(3)]);
      children.push({ type: 'line', shape: { x1: low[0], y1: low[1], x2: high[0], y2: high[1] }, style: line });
      children.push({ type: 'line', shape: { x1: low[0] - 6, y1: low[1], x2: low[0] + 6, y2: low[1] }, style: line });
      children.push({ type: 'line', shape: { x1: high[0] - 6, y1: high[1], x2: high[0] + 6, y2: high[1] }, style: line });
      children.push({ type: 'circle', shape: { cx: mid[0], cy: mid[1], r: 5 }, style: { fill: colour, stroke: edge, lineWidth: 1 } });
    } else if (f.form === 'at_least' || f.form === 'at_most') {
      var up = f.form === 'at_least' ? -1 : 1;
      var tip = mid[1] + up * 26;
      children.push({ type: 'line', shape: { x1: mid[0] - 7, y1: mid[1], x2: mid[0] + 7, y2: mid[1] }, style: line });
      children.push({ type: 'line', shape: { x1: mid[0], y1: mid[1], x2: mid[0], y2: tip }, style: line });
      children.push({ type: 'polygon', shape: { points: [[mid[0] - 6, tip - up * 2], [mid[0] + 6, tip - up * 2], [mid[0], tip + up * 8]] },
        style: { fill: colour, stroke: edge } });
    } else {
      var hollow = f.form === 'approximate';
      children.push({ type: 'circle', shape: { cx: mid[0], cy: mid[1], r: 6 },
        style: { fill: hollow ? '#ffffff' : colour, stroke: hollow ? colour : edge, lineWidth: hollow ? 2.5 : 1, lineDash: dash } });
    }
    children.forEach(function (child) { child.style.opacity = opacity; });
    return { type: 'group', children: children };
  };

  /* Revision links between figures of this chart that are both shown at the date. */
  Chart.prototype.links = function (date, states) {
    var self = this;
    var links = [];
    this.chart.figures.forEach(function (f) {
      if (f.derived || !shown(states[f.id]) || states[f.id] === 'possibly known') { return; }
      f.revises.forEach(function (r) {
        var old = self.byId[r.id];
        if (old && shown(states[old.id])) {
          links.push({ coords: [[time(old.x), markValue(old)], [time(f.x), markValue(f)]],
            label: old.id + ' → ' + f.id + ' (' + r.kind + ')' });
        }
      });
    });
    return { type: 'lines', name: 'revisions', coordinateSystem: 'cartesian2d', data: links, z: 1,
      symbol: ['none', 'arrow'], symbolSize: 9, lineStyle: { color: '#4d4d4d', type: 'dashed', width: 1.5, opacity: 1 } };
  };

  Chart.prototype.table = function (states, date) {
    var self = this;
    var flagged = {};
    this.current(date).forEach(function (finding) {
      finding.estimates.forEach(function (id) { (flagged[id] = flagged[id] || []).push(finding); });
    });
    this.section.querySelectorAll('tbody tr[data-figure]').forEach(function (row) {
      var id = row.getAttribute('data-figure');
      var state = states[id] || 'not yet known';
      if (self.byId[id] && self.byId[id].derived && state !== 'known') { state = 'not derived at the date'; }
      row.classList.toggle('unknown', state !== 'known');
      row.querySelector('.state').textContent = state;
      var cell = row.querySelector('.checks');
      cell.textContent = '';
      (flagged[id] || []).forEach(function (finding) { cell.appendChild(el('span', finding.severity, finding.severity + ': ' + finding.rule + ' ')); });
    });
  };

  Chart.prototype.current = function (date) {
    return this.chart.findings.filter(function (f) { return f.from <= date && (!f.until || date < f.until); });
  };

  Chart.prototype.reconciled = function (date) {
    var box = this.section.querySelector('.reconciled');
    var state = null;
    this.chart.states.forEach(function (s) { if (s.from <= date) { state = s; } });
    var body = box.querySelector('tbody');
    body.textContent = '';
    var line = box.querySelector('.figures');
    if (!state || state.low === undefined) {
      line.textContent = 'No figure known at ' + date + '.';
      return;
    }
    line.textContent = 'best ' + state.best + ' · low ' + state.low + ' · high ' + state.high + ' · spread ' + state.spread;
    state.contributions.forEach(function (c) {
      var row = el('tr');
      row.appendChild(el('td', null, sources[c.source] ? sources[c.source].name : c.source));
      row.appendChild(el('td', 'num', c.figure));
      row.appendChild(el('td', 'num', c.weight));
      row.appendChild(el('td', 'id', c.estimates.join(', ')));
      body.appendChild(row);
    });
  };

  Chart.prototype.findings = function (date) {
    var list = this.section.querySelector('.findings ul');
    list.textContent = '';
    var current = this.current(date);
    if (!current.length) { list.appendChild(el('li', 'none', 'No findings.')); }
    current.forEach(function (f) {
      list.appendChild(el('li', f.severity, f.severity + ' (' + f.rule + '): ' + f.message + ' [' + f.estimates.join(', ') + ']'));
    });
  };

  var charts = [];
  data.charts.forEach(function (chart) {
    var section = document.querySelector('section.chart[data-key="' + CSS.escape(chart.key) + '"]');
    if (section) { charts.push(new Chart(section, chart)); }
  });

  var dates = [];
  data.charts.forEach(function (chart) { chart.dates.forEach(function (d) { dates.push(d); }); });
  dates = dates.filter(function (d, i, all) { return all.indexOf(d) === i; }).sort();
  var slider = document.getElementById('known-at-slider');
  var picker = document.getElementById('known-at');
  var label = document.getElementById('known-at-text');
  var last = data.asKnownAt || (dates.length ? dates[dates.length - 1] : new Date().toISOString().slice(0, 10));
  slider.max = String(Math.max(dates.length - 1, 0));
  if (dates.length) { picker.min = new Date(time(dates[0]) - DAY).toISOString().slice(0, 10); }
  picker.max = last;

  function replay(date) {
    label.textContent = date;
    picker.value = date;
    var index = 0;
    dates.forEach(function (d, i) { if (d <= date) { index = i; } });
    slider.value = String(index);
    slider.setAttribute('aria-valuetext', date);
    charts.forEach(function (chart) { chart.render(date); });
  }
  slider.addEventListener('input', function () { replay(dates[Number(slider.value)]); });
  picker.addEventListener('change', function () { if (picker.value) { replay(picker.value); } });
  window.addEventListener('resize', function () { charts.forEach(function (chart) { chart.plot.resize(); }); });
  window.addEventListener('beforeprint', function () { charts.forEach(function (chart) { chart.plot.resize(); }); });
  replay(last);
}());
