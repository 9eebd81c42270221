/* chain-graph views: draws the page's JSON data with vis-network.
   Safety: every text from the data goes into the page through textContent, never as markup. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("cg-data").textContent);
  var meta = data.meta;
  var quotes = data.quotes;
  var container = document.getElementById("cg-network");
  var info = document.getElementById("cg-info");
  var input = document.getElementById("cg-search");
  var results = document.getElementById("cg-results");
  var font = data.options.nodes.font.face;
  var state = { ready: false, stableMs: null, meta: meta, selected: null };
  var violations = [];
  window.cgView = state;
  window.cgViolations = violations;
  document.addEventListener("securitypolicyviolation", function (event) {
    violations.push(event.violatedDirective + " " + event.blockedURI);
  });

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function renderTip(tip) {
    var box = el("div", "cg-tip");
    box.appendChild(el("div", "cg-tip-title", tip.t));
    if (tip.s) box.appendChild(el("div", "cg-tip-sub", tip.s));
    if (tip.r) {
      var table = el("table", "cg-tip-rows");
      tip.r.forEach(function (row) {
        var tr = el("tr");
        tr.appendChild(el("th", null, row[0]));
        tr.appendChild(el("td", null, row[1]));
        table.appendChild(tr);
      });
      box.appendChild(table);
    }
    if (tip.l) {
      var list = el("ul", "cg-tip-lines");
      tip.l.forEach(function (line) { list.appendChild(el("li", null, line)); });
      box.appendChild(list);
    }
    if (tip.q) {
      tip.q.forEach(function (i) {
        var quote = quotes[i];
        var block = el("blockquote", "cg-tip-quote", "「" + quote[1] + "」");
        block.appendChild(el("cite", null, quote[0] + " · " + quote[2]));
        box.appendChild(block);
      });
    }
    return box;
  }

  // Tooltips are built when shown; the data keeps them as plain text.
  var tips = Object.create(null);
  var index = [];
  var nodeIds = [];
  var edgeIds = [];
  var edgeColours = Object.create(null);
  var nodeList = data.nodes.map(function (node) {
    var names = node.find.split(" | ");
    if (!node.tip.t) node.tip.t = names[0];
    tips[node.id] = node.tip;
    index.push({ id: node.id, names: names, lower: names.map(function (n) { return n.toLowerCase(); }) });
    nodeIds.push(node.id);
    delete node.tip;
    delete node.find;
    node.title = " ";
    return node;
  });
  var nameOf = Object.create(null);
  index.forEach(function (entry) { nameOf[entry.id] = entry.names[0]; });
  var edgeList = data.edges.map(function (edge, i) {
    edge.id = "e:" + i;
    var style = data.edgeStyles[edge.kind];
    var tip = edge.tip;
    // A link's tooltip names its ends and its kind unless the data says otherwise.
    if (!tip.t) tip.t = nameOf[edge.from] + " → " + nameOf[edge.to];
    if (!tip.s) tip.s = style.zh + " · " + edge.kind;
    tips[edge.id] = tip;
    edgeIds.push(edge.id);
    edgeColours[edge.id] = style.color;
    var item = Object.assign({}, style, edge);
    delete item.tip;
    delete item.zh;
    item.title = " ";
    return item;
  });
  var nodes = new vis.DataSet(nodeList);
  var edges = new vis.DataSet(edgeList);
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  window.cgNetwork = network;

  function ready() {
    if (state.ready) return;
    state.ready = true;
    state.stableMs = performance.now();
    document.body.setAttribute("data-ready", "1");
  }
  function fitAll() {
    // Fit the nodes, then leave a margin so labels and tier bands at the edges stay visible.
    network.fit();
    network.moveTo({ scale: network.getScale() * 0.92 });
  }
  if (meta.physics) {
    // Settle once, then stop: nothing keeps moving after the first few seconds.
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      network.once("afterDrawing", ready);
      fitAll();
      network.redraw();
    });
  } else {
    network.once("afterDrawing", ready);
    fitAll();
  }

  if (data.bands.length) {
    network.on("beforeDrawing", function (ctx) {
      data.bands.forEach(function (band) {
        ctx.fillStyle = band.fill;
        ctx.fillRect(band.x0, band.y0, band.x1 - band.x0, band.y1 - band.y0);
        ctx.fillStyle = "#546e7a";
        ctx.font = "bold 18px " + font;
        ctx.textAlign = "center";
        ctx.fillText(band.label, (band.x0 + band.x1) / 2, band.y0 + 30);
      });
    });
  }

  network.on("showPopup", function (id) {
    var tip = tips[id];
    var frame = container.querySelector("div.vis-tooltip");
    if (!tip || !frame) return;
    frame.replaceChildren(renderTip(tip));
    var maxLeft = container.clientWidth - frame.offsetWidth - 4;
    if (frame.offsetLeft > maxLeft) frame.style.left = Math.max(0, maxLeft) + "px";
    var maxTop = container.clientHeight - frame.offsetHeight - 4;
    if (frame.offsetTop > maxTop) frame.style.top = Math.max(0, maxTop) + "px";
  });

  // Click a node: its neighbours stay bright, the rest fades.
  var dimmed = false;
  function fade(id, keep) {
    var colour = edgeColours[id] || {};
    return { color: colour.color, highlight: colour.highlight, hover: colour.hover, opacity: keep ? 1 : 0.08 };
  }
  function highlight(id) {
    var keep = new Set(network.getConnectedNodes(id));
    keep.add(id);
    var keepEdges = new Set(network.getConnectedEdges(id));
    nodes.update(nodeIds.map(function (n) { return { id: n, opacity: keep.has(n) ? 1 : 0.15 }; }));
    edges.update(edgeIds.map(function (e) { return { id: e, color: fade(e, keepEdges.has(e)) }; }));
    dimmed = true;
  }
  function clearHighlight() {
    if (!dimmed) return;
    nodes.update(nodeIds.map(function (n) { return { id: n, opacity: 1 }; }));
    edges.update(edgeIds.map(function (e) { return { id: e, color: fade(e, true) }; }));
    dimmed = false;
  }
  function showInfo(id) {
    var tip = tips[id];
    if (!tip) return;
    info.replaceChildren(renderTip(tip));
    info.hidden = false;
  }
  function select(id, move) {
    state.selected = id;
    network.selectNodes([id]);
    highlight(id);
    showInfo(id);
    if (move) {
      network.focus(id, {
        scale: Math.max(network.getScale(), 0.9),
        animation: meta.large ? false : { duration: 400, easingFunction: "easeInOutQuad" }
      });
    }
  }
  network.on("click", function (params) {
    if (params.nodes.length) {
      select(params.nodes[0], false);
      // Inside the console (chain-graph serve), a node opens its entity page.
      if (window.parent !== window) {
        window.parent.postMessage({ type: "chain-graph:open", id: String(params.nodes[0]) }, "*");
      }
    } else if (params.edges.length) {
      clearHighlight();
      showInfo(params.edges[0]);
    } else {
      state.selected = null;
      clearHighlight();
      info.hidden = true;
    }
  });

  // Search by Chinese or English name, alias or id: exact first, then prefix, then anywhere.
  function find(query) {
    var q = query.trim().toLowerCase();
    if (!q) return [];
    var hits = [];
    index.forEach(function (entry) {
      var best = 3;
      entry.lower.forEach(function (name) {
        if (name === q) best = Math.min(best, 0);
        else if (name.indexOf(q) === 0) best = Math.min(best, 1);
        else if (name.indexOf(q) > 0) best = Math.min(best, 2);
      });
      if (best < 3) hits.push([best, entry.names[0].length, entry.names[0], entry]);
    });
    hits.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0); });
    return hits.map(function (hit) { return hit[3]; });
  }
  function showResults() {
    var hits = find(input.value);
    results.replaceChildren();
    if (!input.value.trim()) return;
    if (!hits.length) {
      results.appendChild(el("li", "cg-none", "无结果 No match"));
      return;
    }
    hits.slice(0, 30).forEach(function (entry) {
      var item = el("li");
      var button = el("button", "cg-hit", entry.names[0]);
      button.type = "button";
      button.dataset.id = entry.id;
      if (entry.names.length > 2) button.appendChild(el("small", null, " " + entry.names[1]));
      button.addEventListener("click", function () { select(entry.id, true); });
      item.appendChild(button);
      results.appendChild(item);
    });
    if (hits.length > 30) results.appendChild(el("li", "cg-none", "… " + (hits.length - 30) + " more"));
  }
  input.addEventListener("input", showResults);
  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      var hits = find(input.value);
      if (hits.length) select(hits[0].id, true);
    } else if (event.key === "Escape") {
      input.value = "";
      showResults();
      clearHighlight();
    }
  });
})();
