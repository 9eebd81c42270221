// chain-graph console: swap the dashboard when the scope or scenario changes, follow clicks in
// the embedded views, draw a Cypher result as a graph. Text reaches the page only through the
// server's escaped HTML or textContent.
"use strict";

document.addEventListener("DOMContentLoaded", function () {
  var form = document.getElementById("cg-scope-form");
  var target = document.getElementById("cg-dashboard");
  if (form && target) {
    form.addEventListener("change", function () {
      var params = new URLSearchParams(new FormData(form));
      var url = form.action + "?" + params.toString();
      target.setAttribute("aria-busy", "true");
      params.set("part", "1");
      fetch(form.action + "?" + params.toString(), { credentials: "same-origin" })
        .then(function (response) {
          return response.text().then(function (html) { return [response.ok, html]; });
        })
        .then(function (answer) {
          if (!answer[0]) { window.location.href = url; return; }
          // The fragment is rendered by the server with every text escaped.
          target.innerHTML = answer[1];
          history.replaceState(null, "", url);
        })
        .catch(function () { window.location.href = url; })
        .finally(function () { target.removeAttribute("aria-busy"); });
    });
  }

  // A click on a node in an embedded view opens its entity page.
  window.addEventListener("message", function (event) {
    if (event.origin !== window.location.origin) return;
    var data = event.data;
    if (!data || data.type !== "chain-graph:open" || typeof data.id !== "string") return;
    var frames = Array.prototype.slice.call(document.querySelectorAll("iframe.cg-view"));
    if (!frames.some(function (f) { return f.contentWindow === event.source; })) return;
    var here = new URLSearchParams(window.location.search);
    var next = new URLSearchParams();
    ["scope", "scenario"].forEach(function (key) { if (here.get(key)) next.set(key, here.get(key)); });
    var query = next.toString();
    window.location.href = "/entity/" + encodeURIComponent(data.id) + (query ? "?" + query : "");
  });

  // A Cypher result that holds nodes or relationships, drawn with vis-network.
  var box = document.getElementById("cg-graph");
  var block = document.getElementById("cg-graph-data");
  if (box && block && window.vis) {
    var graph = JSON.parse(block.textContent);
    var network = new vis.Network(
      box,
      { nodes: new vis.DataSet(graph.nodes), edges: new vis.DataSet(graph.edges) },
      {
        nodes: { shape: "dot", size: 12, font: { size: 14 } },
        edges: { arrows: "to", font: { size: 10, align: "middle" }, color: { color: "#8a94a6" } },
        physics: { stabilization: { iterations: 200 } }
      }
    );
    network.once("stabilizationIterationsDone", function () { network.setOptions({ physics: false }); });
    network.on("doubleClick", function (params) {
      if (params.nodes.length) window.location.href = "/entity/" + encodeURIComponent(params.nodes[0]);
    });
    box.dataset.nodes = String(graph.nodes.length);
  }
});
