(function () {
  "use strict";

  // Article text is hostile input: every string from the story is written with textContent, never as markup.
  var data = JSON.parse(document.getElementById("story-data").textContent);

  var DATE_SOURCES = {
    explicit: "stated in the text",
    relative: "worked out from the article's date",
    publication: "the article's publication date",
    inferred: "inferred from other articles",
    none: "no date found"
  };
  var PRECISION = {
    day: "day", month: "month", year: "year", decade: "decade", century: "century", week: "week",
    quarter: "quarter", half: "half year", season: "season", time: "time of day", none: "undated"
  };

  function $(id) { return document.getElementById(id); }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function safeUrl(url) {
    return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null;
  }

  var actors = new Map(), events = new Map(), byNode = new Map(), actorEvents = new Map();
  data.actors.forEach(function (actor) {
    actors.set(actor.id, actor);
    byNode.set(actor.node, { kind: "actor", id: actor.id });
    actorEvents.set(actor.id, []);
  });
  data.events.forEach(function (event) {
    events.set(event.id, event);
    byNode.set(event.node, { kind: "event", id: event.id });
    event.actors.forEach(function (participant) {
      var list = actorEvents.get(participant.actor);
      if (list && list.indexOf(event.id) < 0) { list.push(event.id); }
    });
  });
  var classColours = {};
  data.classes.forEach(function (c) { classColours[c.name] = c.colour; });

  // The graph. Tooltips are elements holding plain text, so vis-network shows them as they are.
  function tooltip(text) { return el("div", "tip", text); }

  var nodes = new vis.DataSet(data.network.nodes.map(function (node) {
    return Object.assign({}, node, { title: tooltip(node.title) });
  }));
  var edges = new vis.DataSet(data.network.edges.map(function (edge, index) {
    return Object.assign({}, edge, { id: "edge-" + index, title: tooltip(edge.title) });
  }));
  var network = new vis.Network($("graph"), { nodes: nodes, edges: edges }, data.network.options);
  window.network = network;
  window.nodes = nodes;
  window.edges = edges;

  var YEAR_LINES = 3;

  // fit() frames the nodes only; the year labels drawn below them need a margin too.
  function fitAll() {
    network.fit({ animation: false });
    network.moveTo({ scale: network.getScale() * 0.9, animation: false });
  }
  fitAll();

  var bounds = data.network.nodes.reduce(function (b, n) {
    return { top: Math.min(b.top, n.y), bottom: Math.max(b.bottom, n.y) };
  }, { top: 0, bottom: 0 });

  network.on("beforeDrawing", function (ctx) {
    // The labels keep a readable size on screen however far the graph is zoomed out.
    var scale = network.getScale();
    var size = Math.max(18, 13 / scale), small = Math.max(12, 10 / scale);
    ctx.save();
    ctx.strokeStyle = "#dadce0";
    ctx.lineWidth = 1;
    ctx.setLineDash([6, 8]);
    ctx.fillStyle = "#3c4043";
    var lastEnd = -Infinity, yearLineEnds = [];
    data.network.axis.forEach(function (tick) {
      var x = tick.x - 40;
      if (tick.year) {
        ctx.font = "bold " + Math.round(size) + "px system-ui, sans-serif";
        ctx.beginPath();
        ctx.moveTo(x, bounds.top - 60);
        ctx.lineTo(x, bounds.bottom + 60 + size);
        ctx.stroke();
        // A year label that would run into an earlier one goes on the first line below with room for it.
        var start = x + size / 3, line = 0;
        while (line < yearLineEnds.length && start < yearLineEnds[line]) { line += 1; }
        if (line < YEAR_LINES) {
          ctx.fillText(tick.label, start, bounds.bottom + 60 + size * (1 + 1.3 * line));
          yearLineEnds[line] = start + ctx.measureText(tick.label).width + size / 2;
        }
      } else {
        // A column label that would run into the previous one is left out; zooming in brings it back.
        ctx.font = Math.round(small) + "px system-ui, sans-serif";
        var start = x + small / 2;
        if (start > lastEnd) {
          ctx.fillText(tick.label, start, -30);
          lastEnd = start + ctx.measureText(tick.label).width + small;
        }
      }
    });
    ctx.restore();
  });

  // The timeline: every event, in date order, grouped by year.
  var items = new Map(), sections = [], sectionOf = new Map();
  (function buildTimeline() {
    var container = $("timeline"), group = null, list = null, section = null;
    var fragment = document.createDocumentFragment();
    data.events.forEach(function (event) {
      if (event.group !== group || list === null) {
        group = event.group;
        section = el("section", "year");
        section.appendChild(el("h3", null, group));
        list = el("ol");
        section.appendChild(list);
        sections.push(section);
        fragment.appendChild(section);
      }
      var item = el("li");
      var button = el("button", "event-item");
      button.type = "button";
      button.setAttribute("data-id", event.id);
      button.appendChild(el("span", "when", event.date.human));
      var marker = el("span", "marker");
      marker.style.background = classColours[event["class"]] || "#6b6b6b";
      marker.setAttribute("aria-hidden", "true");
      button.appendChild(marker);
      button.appendChild(el("span", "what", event.title));
      if (!event.drawn) { button.appendChild(el("span", "off", " (not on the graph)")); }
      item.appendChild(button);
      list.appendChild(item);
      items.set(event.id, button);
      sectionOf.set(event.id, sections.length - 1);
    });
    if (!data.events.length) { fragment.appendChild(el("p", "hint", "No events found.")); }
    container.appendChild(fragment);
    container.addEventListener("click", function (e) {
      var button = e.target.closest("button[data-id]");
      if (button) { showEvent(button.getAttribute("data-id"), false); }
    });
  })();

  // Selection and highlighting.
  var current = null, related = [];

  function clearHighlight() {
    if (current) { current.removeAttribute("aria-current"); current = null; }
    related.forEach(function (button) { button.classList.remove("related"); });
    related = [];
    var faded = nodes.get({ filter: function (n) { return n.opacity !== undefined && n.opacity !== 1; } });
    if (faded.length) {
      nodes.update(faded.map(function (n) { return { id: n.id, opacity: 1 }; }));
    }
  }

  function actorButton(actorId, role) {
    var actor = actors.get(actorId);
    var wrap = el("span");
    if (!actor) { wrap.textContent = actorId; return wrap; }
    var button = el("button", "link-button", actor.name);
    button.type = "button";
    button.addEventListener("click", function () { showActor(actorId, true); });
    wrap.appendChild(button);
    if (role) { wrap.appendChild(el("span", "role", " (" + role + ")")); }
    return wrap;
  }

  function eventButton(eventId) {
    var event = events.get(eventId);
    var button = el("button", "link-button", event.date.human + ": " + event.title);
    button.type = "button";
    button.addEventListener("click", function () { showEvent(eventId, true); });
    return button;
  }

  function row(list, term, value) {
    list.appendChild(el("dt", null, term));
    var dd = el("dd");
    if (value instanceof Node) { dd.appendChild(value); } else { dd.textContent = value; }
    list.appendChild(dd);
  }

  function describeDate(date) {
    var words = date.human + " (" + (PRECISION[date.granularity] || date.granularity);
    words += "; " + (DATE_SOURCES[date.source] || date.source);
    if (date.text) { words += ": \u201c" + date.text + "\u201d"; }
    return words + ")";
  }

  function openDetails(heading) {
    clearHighlight();
    var panel = $("details");
    panel.replaceChildren(el("h3", null, heading));
    return panel;
  }

  function showEvent(eventId, fromElsewhere) {
    var event = events.get(eventId);
    if (!event) { return; }
    var panel = openDetails(event.title);
    var facts = el("dl");
    row(facts, "Date", describeDate(event.date));
    if (event.conflicts.length) { row(facts, "Also dated", event.conflicts.join(", ")); }
    row(facts, "Type", event.code + " " + event.label + " (" + event["class"] + ")");
    var who = el("span");
    event.actors.forEach(function (participant, index) {
      if (index) { who.appendChild(document.createTextNode(", ")); }
      who.appendChild(actorButton(participant.actor, participant.role));
    });
    if (!event.actors.length) { who.textContent = "none named"; }
    row(facts, "Actors", who);
    if (!event.drawn) { row(facts, "Graph", "not drawn (the graph shows the most involved actors only)"); }
    panel.appendChild(facts);
    panel.appendChild(el("h3", null, "Sources (" + event.sources.length + ")"));
    event.sources.forEach(function (source) {
      var doc = data.documents[source.doc] || { title: source.doc, url: null, published: null };
      var heading = el("div", "source-title");
      var url = safeUrl(doc.url);
      if (url) {
        var link = el("a", null, doc.title);
        link.href = url;
        link.rel = "noopener noreferrer";
        link.target = "_blank";
        heading.appendChild(link);
      } else {
        heading.textContent = doc.title;
      }
      if (doc.site) { heading.appendChild(el("span", "role source-site", " " + doc.site)); }
      if (doc.published) { heading.appendChild(el("span", "role", " " + doc.published)); }
      panel.appendChild(heading);
      if (source.date) { panel.appendChild(el("div", "role", "This article dates it " + source.date)); }
      panel.appendChild(el("blockquote", null, source.sentence));
    });
    current = items.get(eventId) || null;
    if (current) {
      current.setAttribute("aria-current", "true");
      if (fromElsewhere) { current.scrollIntoView({ block: "nearest" }); }
    }
    if (event.drawn) { network.selectNodes([event.node]); } else { network.unselectAll(); }
    document.dispatchEvent(new CustomEvent("eventgraph:show", { detail: { kind: "event", id: eventId } }));
  }

  function showActor(actorId, fromElsewhere) {
    var actor = actors.get(actorId);
    if (!actor) { return; }
    var panel = openDetails(actor.name);
    var facts = el("dl");
    row(facts, "Type", actor.typeName);
    if (actor.aliases.length) { row(facts, "Also called", actor.aliases.join("; ")); }
    if (actor.affiliation) { row(facts, "Part of", actorButton(actor.affiliation)); }
    if (!actor.drawn) {
      row(facts, "Graph", actor.events ? "not drawn (the graph shows the most involved actors only)"
        : "not drawn (named in no event)");
    }
    panel.appendChild(facts);
    var ids = actorEvents.get(actorId) || [];
    panel.appendChild(el("h3", null, "Events (" + ids.length + ")"));
    var list = el("ul");
    ids.forEach(function (id) {
      var item = el("li");
      item.appendChild(eventButton(id));
      list.appendChild(item);
    });
    panel.appendChild(list);

    related = ids.map(function (id) { return items.get(id); }).filter(Boolean);
    related.forEach(function (button) { button.classList.add("related"); });
    if (fromElsewhere && related.length) { related[0].scrollIntoView({ block: "nearest" }); }
    var keep = new Set([actor.node]);
    ids.forEach(function (id) { keep.add(events.get(id).node); });
    nodes.update(nodes.getIds().map(function (id) { return { id: id, opacity: keep.has(id) ? 1 : 0.2 }; }));
    network.selectNodes(actor.drawn ? [actor.node] : []);
    document.dispatchEvent(new CustomEvent("eventgraph:show", { detail: { kind: "actor", id: actorId } }));
  }

  network.on("click", function (params) {
    var hit = params.nodes.length ? byNode.get(params.nodes[0]) : null;
    if (!hit) {
      if (!params.edges.length) { clearHighlight(); }
      return;
    }
    if (hit.kind === "event") { showEvent(hit.id, true); } else { showActor(hit.id, true); }
  });

  $("fit").addEventListener("click", fitAll);

  // Search: actors by name or alias, events by title.
  var results = $("results"), search = $("search");

  function runSearch() {
    var query = search.value.trim().toLowerCase();
    results.replaceChildren();
    if (query.length < 2) { results.hidden = true; return; }
    var found = [];
    data.actors.forEach(function (actor) {
      if (found.length < 10 && (actor.name.toLowerCase().indexOf(query) >= 0 ||
          actor.aliases.some(function (a) { return a.toLowerCase().indexOf(query) >= 0; }))) {
        found.push({
          text: actor.name + " (" + actor.typeName + ")",
          open: function () { showActor(actor.id, true); }
        });
      }
    });
    var eventCount = 0;
    data.events.forEach(function (event) {
      if (eventCount < 15 && event.title.toLowerCase().indexOf(query) >= 0) {
        eventCount += 1;
        found.push({ text: event.date.human + ": " + event.title, open: function () { showEvent(event.id, true); } });
      }
    });
    if (!found.length) { results.appendChild(el("li", "hint", "No match")); }
    found.forEach(function (match) {
      var item = el("li");
      var button = el("button", "link-button", match.text);
      button.type = "button";
      button.addEventListener("click", function () { match.open(); results.hidden = true; });
      item.appendChild(button);
      results.appendChild(item);
    });
    results.hidden = false;
  }

  search.addEventListener("input", runSearch);
  search.addEventListener("keydown", function (e) {
    if (e.key === "Enter") {
      e.preventDefault();
      var first = results.querySelector("button");
      if (first) { first.click(); }
    } else if (e.key === "Escape") {
      search.value = "";
      runSearch();
    } else if (e.key === "ArrowDown") {
      var next = results.querySelector("button");
      if (next) { e.preventDefault(); next.focus(); }
    }
  });

  // Escape anywhere but the search box lets go of the selection.
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && e.target !== search) {
      clearHighlight();
      network.unselectAll();
    }
  });

  // Filters: event type, actor type, years.
  var typeFilter = $("type-filter");
  data.types.forEach(function (type) {
    var option = el("option", null, type.code + " " + type.label);
    option.value = type.code;
    typeFilter.appendChild(option);
  });

  // Only what changes is touched: a long timeline re-laid out on every keystroke would stall the page.
  var hiddenNow = new Map();

  function setHidden(key, hidden, apply) {
    if ((hiddenNow.get(key) || false) !== hidden) {
      hiddenNow.set(key, hidden);
      apply(hidden);
    }
  }

  function applyFilters() {
    var code = typeFilter.value;
    var kinds = new Set(Array.prototype.map.call(
      document.querySelectorAll("input[name=actor-type]:checked"), function (box) { return box.value; }));
    var from = parseInt($("from").value, 10), to = parseInt($("to").value, 10);
    var undated = $("undated").checked;
    var shown = 0, updates = [], groups = new Set();
    data.events.forEach(function (event) {
      var visible = !code || event.code === code;
      if (visible && event.span) {
        visible = !(event.span[1] < from || event.span[0] > to);
      } else if (visible) {
        visible = undated;
      }
      if (visible && event.actors.length) {
        visible = event.actors.some(function (p) {
          var actor = actors.get(p.actor);
          return !actor || kinds.has(actor.type);
        });
      }
      var item = items.get(event.id).parentNode;
      setHidden(event.node, !visible, function (hidden) {
        item.hidden = hidden;
        if (event.drawn) { updates.push({ id: event.node, hidden: hidden }); }
      });
      if (visible) { shown += 1; groups.add(sectionOf.get(event.id)); }
    });
    data.actors.forEach(function (actor) {
      if (actor.drawn) {
        setHidden(actor.node, !kinds.has(actor.type), function (hidden) {
          updates.push({ id: actor.node, hidden: hidden });
        });
      }
    });
    if (updates.length) { nodes.update(updates); }
    sections.forEach(function (section, index) {
      setHidden("section:" + index, !groups.has(index), function (hidden) { section.hidden = hidden; });
    });
    $("timeline-count").textContent = shown === data.events.length
      ? "(" + shown + ")" : "(" + shown + " of " + data.events.length + " shown)";
  }

  var form = $("filters");
  form.addEventListener("change", applyFilters);
  form.addEventListener("input", applyFilters);
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  form.addEventListener("reset", function () { setTimeout(applyFilters, 0); });
  applyFilters();

  window.eventgraph = { showEvent: showEvent, showActor: showActor };

  // Ready once the graph has been drawn and the browser has painted a frame: what a reader sees.
  network.once("afterDrawing", function () {
    requestAnimationFrame(function () {
      setTimeout(function () {
        window.eventgraphReady = performance.now();
        document.documentElement.setAttribute("data-ready", "true");
      }, 0);
    });
  });
  network.redraw();
})();
