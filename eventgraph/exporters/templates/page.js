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

  // The actor graph draws the strongest links only, so that lines can be followed, and the actors most involved
  // in the events shown (data.network.maxActors), so that their names can be read.
  var MAX_LINES = 150;
  var EVENT_VIEW_MAX = 15;  // the actor-event view is the default up to this many events
  var TIMELINE_PAGE = 300;  // events written into the timeline at a time
  var LABEL_PX = 13;

  // The graph. Tooltips are elements holding plain text, so vis-network shows them as they are.
  function tooltip(text) { return el("div", "tip", text); }

  var eventViewNodes = new Map();
  data.network.nodes.forEach(function (node) { eventViewNodes.set(node.id, node); });
  var nodes = new vis.DataSet(), edges = new vis.DataSet();
  var network = new vis.Network($("graph"), { nodes: nodes, edges: edges }, data.network.options);
  window.network = network;
  window.nodes = nodes;
  window.edges = edges;

  var state = { k: data.defaultK, from: "", to: "", view: null, kinds: null, code: "" };
  var visible = [], shownView = "actors", shownNodes = [], pairOf = new Map(), linksOf = new Map();

  var YEAR_LINES = 3;

  // fit() frames the nodes only; the labels drawn beside them need a margin too.
  function fitAll() {
    network.fit({ animation: false });
    network.moveTo({ scale: network.getScale() * 0.85, animation: false });
  }

  var bounds = data.network.nodes.reduce(function (b, n) {
    return { top: Math.min(b.top, n.y), bottom: Math.max(b.bottom, n.y) };
  }, { top: 0, bottom: 0 });

  network.on("beforeDrawing", function (ctx) {
    if (shownView !== "events") { return; }
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

  // Node labels are drawn here, not by vis-network: each goes below, above, right or left of its node, in the
  // first place no label already drawn covers, most involved first; a label with no free place is left out
  // (its tooltip and zooming in still show it), so no two labels ever overlap.
  var labelBoxes = [];

  function overlaps(box, placed) {
    return placed.some(function (b) {
      return box.x < b.x + b.w && b.x < box.x + box.w && box.y < b.y + b.h && b.y < box.y + box.h;
    });
  }

  network.on("afterDrawing", function (ctx) {
    var scale = network.getScale(), size = LABEL_PX / scale, line = size * 1.2, gap = 3 / scale;
    // The nodes themselves are in the way too: a label never covers another node.
    var placed = shownNodes.map(function (node) {
      return { x: node.x - node.size, y: node.y - node.size, w: 2 * node.size, h: 2 * node.size };
    });
    labelBoxes = [];
    ctx.save();
    ctx.font = size + "px system-ui, sans-serif";
    ctx.textBaseline = "top";
    ctx.lineJoin = "round";
    ctx.lineWidth = 3 / scale;
    ctx.strokeStyle = "#ffffff";
    shownNodes.forEach(function (node) {
      var current = nodes.get(node.id);
      if (!current || current.hidden) { return; }
      var lines = node.caption.split("\n");
      var w = Math.max.apply(null, lines.map(function (text) { return ctx.measureText(text).width; })) + gap;
      var h = lines.length * line, r = node.size + gap;
      var spots = [[node.x - w / 2, node.y + r], [node.x - w / 2, node.y - r - h],
                   [node.x + r, node.y - h / 2], [node.x - r - w, node.y - h / 2]];
      for (var i = 0; i < spots.length; i += 1) {
        var box = { x: spots[i][0], y: spots[i][1], w: w, h: h };
        if (overlaps(box, placed)) { continue; }
        placed.push(box);
        ctx.globalAlpha = current.opacity === undefined ? 1 : Math.max(current.opacity, 0.35);
        ctx.fillStyle = node.kind === "event" ? "#333333" : "#202124";
        lines.forEach(function (text, index) {
          ctx.strokeText(text, box.x + gap / 2, box.y + index * line);
          ctx.fillText(text, box.x + gap / 2, box.y + index * line);
        });
        var topLeft = network.canvasToDOM({ x: box.x, y: box.y });
        var bottomRight = network.canvasToDOM({ x: box.x + w, y: box.y + h });
        labelBoxes.push({ id: node.id, text: node.caption, x: topLeft.x, y: topLeft.y,
                          w: bottomRight.x - topLeft.x, h: bottomRight.y - topLeft.y });
        return;
      }
    });
    ctx.restore();
  });

  function plural(count, word) { return count.toLocaleString("en") + " " + word + (count === 1 ? "" : "s"); }

  // The actor graph: one line per pair of actors, as thick as the events they share among those shown.
  function actorView() {
    var count = new Map(), pairs = new Map(), unplaced = new Set();
    function actorsOf(event) {
      var ids = [];
      event.actors.forEach(function (p) {
        var actor = actors.get(p.actor);
        if (actor && state.kinds.has(actor.type) && ids.indexOf(actor.id) < 0) { ids.push(actor.id); }
      });
      return ids;
    }
    visible.forEach(function (event) {
      actorsOf(event).forEach(function (id) { count.set(id, (count.get(id) || 0) + 1); });
    });
    // data.actors is ordered by involvement in the whole story, which breaks ties.
    var drawn = new Set(data.actors.filter(function (actor) { return count.has(actor.id) && actor.pos; })
      .sort(function (a, b) { return count.get(b.id) - count.get(a.id); }).slice(0, data.network.maxActors)
      .map(function (actor) { return actor.id; }));
    visible.forEach(function (event) {
      var ids = actorsOf(event).filter(function (id) {
        if (!drawn.has(id)) { unplaced.add(id); }
        return drawn.has(id);
      });
      ids.sort();
      ids.forEach(function (id, i) {
        ids.slice(i + 1).forEach(function (other) {
          var key = id + "\u0000" + other;
          if (!pairs.has(key)) { pairs.set(key, { a: id, b: other, events: [] }); }
          pairs.get(key).events.push(event.id);
        });
      });
    });
    var links = Array.from(pairs.values()).sort(function (p, q) {
      return q.events.length - p.events.length || (p.a + p.b < q.a + q.b ? -1 : 1);
    });
    var left = links.length - MAX_LINES;
    links = links.slice(0, MAX_LINES);
    var most = Math.max.apply(null, [1].concat(Array.from(count.values())));
    var shown = data.actors.filter(function (actor) { return drawn.has(actor.id); });
    pairOf = new Map();
    linksOf = new Map();
    var lines = links.map(function (pair, index) {
      var id = "pair-" + index, n = pair.events.length;
      pairOf.set(id, pair);
      [pair.a, pair.b].forEach(function (actorId) {
        if (!linksOf.has(actorId)) { linksOf.set(actorId, []); }
        linksOf.get(actorId).push(id);
      });
      return { id: id, from: actors.get(pair.a).node, to: actors.get(pair.b).node, arrows: "",
               width: 1 + 1.5 * Math.log2(n), title: tooltip(actors.get(pair.a).name + " and " +
               actors.get(pair.b).name + ": " + plural(n, "shared event") + " (click to list)") };
    });
    var notes = [];
    if (left > 0) {
      notes.push(plural(left, "weaker link") + " between these actors " + (left === 1 ? "is" : "are") + " not drawn.");
    }
    if (unplaced.size) {
      notes.push(plural(unplaced.size, "less involved actor") + " of these events " +
                 (unplaced.size === 1 ? "is" : "are") + " not drawn; the details and the search box name them, " +
                 "and fewer top events show them.");
    }
    return {
      nodes: shown.map(function (actor) {
        var n = count.get(actor.id);
        return { id: actor.node, kind: "actor", caption: actor.label, x: actor.pos[0], y: actor.pos[1],
                 shape: "dot", physics: false, color: colourOf(actor), size: Math.round(8 + 18 * Math.sqrt(n / most)),
                 title: tooltip(actor.name + " (" + actor.typeName + "), " + plural(n, "event") + " shown") };
      }),
      edges: lines,
      note: notes.join(" ")
    };
  }

  var actorColours = {};
  (data.actorTypes || []).forEach(function (t) { actorColours[t.type] = t.colour; });
  function colourOf(actor) { return actorColours[actor.type] || "#999999"; }

  // The actor-event view: the top events laid out by date, with their actors above them.
  function eventView() {
    var drawn = visible.filter(function (event) { return event.drawn; });
    var keep = new Set();
    drawn.forEach(function (event) {
      keep.add(event.node);
      event.actors.forEach(function (p) {
        var actor = actors.get(p.actor);
        if (actor && state.kinds.has(actor.type) && eventViewNodes.has(actor.node)) { keep.add(actor.node); }
      });
    });
    var shown = data.network.nodes.filter(function (node) { return keep.has(node.id); });
    shown.sort(function (a, b) { return (byNode.get(a.id).kind === "actor" ? 0 : 1) - (byNode.get(b.id).kind === "actor" ? 0 : 1); });
    return {
      nodes: shown.map(function (node) {
        return Object.assign({}, node, { label: undefined, caption: node.label, kind: byNode.get(node.id).kind,
                                         title: tooltip(node.title) });
      }),
      edges: data.network.edges.filter(function (edge) { return keep.has(edge.from) && keep.has(edge.to); })
        .map(function (edge, index) { return Object.assign({}, edge, { id: "edge-" + index, title: tooltip(edge.title) }); }),
      note: drawn.length < visible.length ? "This view draws the top " + data.network.topEvents + " events only: " +
        drawn.length + " of the " + visible.length + " events shown. The timeline lists them all." : ""
    };
  }

  function drawGraph() {
    shownView = state.view || (visible.length <= EVENT_VIEW_MAX ? "events" : "actors");
    document.querySelectorAll("input[name=view]").forEach(function (radio) {
      radio.checked = radio.value === shownView;
    });
    var view = shownView === "events" ? eventView() : actorView();
    clearHighlight();
    nodes.clear();
    edges.clear();
    nodes.add(view.nodes);
    edges.add(view.edges);
    shownNodes = view.nodes.map(function (node) {
      return { id: node.id, kind: node.kind, caption: node.caption || "", x: node.x, y: node.y, size: node.size };
    });
    document.querySelectorAll(".legend .event-view, .legend .actor-view").forEach(function (key) {
      key.hidden = !key.classList.contains(shownView === "events" ? "event-view" : "actor-view");
    });
    $("cap-note").textContent = view.note;
    $("cap-note").hidden = !view.note;
    fitAll();
  }

  // The timeline: the events shown, in date order, grouped by year; long lists are written a page at a time.
  var items = new Map(), timelineLimit = TIMELINE_PAGE;

  function renderTimeline() {
    var container = $("timeline"), group = null, list = null;
    var fragment = document.createDocumentFragment();
    items = new Map();
    visible.slice(0, timelineLimit).forEach(function (event) {
      if (event.group !== group || list === null) {
        group = event.group;
        var section = el("section", "year");
        section.appendChild(el("h3", null, group));
        list = el("ol");
        section.appendChild(list);
        fragment.appendChild(section);
      }
      var item = el("li");
      var button = el("button", "event-item");
      button.type = "button";
      button.setAttribute("data-id", event.id);
      button.appendChild(el("span", "when", event.date.when));
      var marker = el("span", "marker");
      marker.style.background = classColours[event["class"]] || "#6b6b6b";
      marker.setAttribute("aria-hidden", "true");
      button.appendChild(marker);
      button.appendChild(el("span", "what", event.title));
      item.appendChild(button);
      list.appendChild(item);
      items.set(event.id, button);
    });
    if (!visible.length) { fragment.appendChild(el("p", "hint", "No events found.")); }
    if (visible.length > timelineLimit) {
      var more = el("button", "more", "Show " + Math.min(TIMELINE_PAGE, visible.length - timelineLimit) +
                    " more of " + (visible.length - timelineLimit).toLocaleString("en"));
      more.type = "button";
      more.id = "timeline-more";
      more.addEventListener("click", function () {
        timelineLimit += TIMELINE_PAGE;
        renderTimeline();
      });
      fragment.appendChild(more);
    }
    container.replaceChildren(fragment);
    $("timeline-count").textContent = visible.length === data.events.length
      ? "(" + visible.length.toLocaleString("en") + ")"
      : "(" + visible.length.toLocaleString("en") + " of " + data.events.length.toLocaleString("en") + " shown)";
    // The rows are new elements: whatever another script marked on the old ones (edit.js) is to be marked again.
    document.dispatchEvent(new CustomEvent("eventgraph:render", { detail: { shown: visible.length } }));
  }

  $("timeline").addEventListener("click", function (e) {
    var button = e.target.closest("button[data-id]");
    if (button) { showEvent(button.getAttribute("data-id"), false); }
  });

  // Selection and highlighting.
  var current = null, related = [];

  function clearHighlight() {
    if (current) { current.removeAttribute("aria-current"); current = null; }
    related.forEach(function (button) { button.classList.remove("related"); });
    related = [];
    var faded = nodes.get({ filter: function (n) { return n.opacity !== undefined && n.opacity !== 1; } });
    if (faded.length) {
      nodes.update(faded.map(function (n) { return { id: n.id, opacity: 1 }; }));
      edges.update(edges.getIds().map(function (id) { return { id: id, color: { opacity: 1 } }; }));
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
    var button = el("button", "link-button", event.date.when + ": " + event.title);
    button.type = "button";
    button.addEventListener("click", function () { showEvent(eventId, true); });
    return button;
  }

  function eventList(ids) {
    var list = el("ul");
    ids.forEach(function (id) {
      var item = el("li");
      item.appendChild(eventButton(id));
      list.appendChild(item);
    });
    return list;
  }

  function row(list, term, value) {
    list.appendChild(el("dt", null, term));
    var dd = el("dd");
    if (value instanceof Node) { dd.appendChild(value); } else { dd.textContent = value; }
    list.appendChild(dd);
  }

  function describeDate(date) {
    var words = date.when + " (" + (PRECISION[date.granularity] || date.granularity);
    words += "; " + (DATE_SOURCES[date.source] || date.source);
    if (date.text) { words += ": \u201c" + date.text + "\u201d"; }
    return words + ")";
  }

  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December"];

  function dayText(iso) {
    var parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || "");
    return parts ? parseInt(parts[3], 10) + " " + MONTHS[parseInt(parts[2], 10) - 1] + " " + parts[1] : (iso || "");
  }

  // A citation a journalist can paste: outlet, headline, date, the sentence quoted, and the link when known.
  function citation(doc, source) {
    var parts = [];
    if (doc.site) { parts.push(doc.site); }
    parts.push("\u201c" + doc.title + "\u201d");
    if (doc.published) { parts.push(dayText(doc.published)); }
    var text = parts.join(", ") + ". \u201c" + source.sentence.trim() + "\u201d";
    var url = safeUrl(doc.url);
    return url ? text + " " + url : text;
  }

  // The clipboard may be refused (a page opened from disk, a browser's settings): the citation is then shown,
  // selected, for the reader to copy by hand.
  function copyCitation(text) {
    var status = $("copy-status"), fallback = $("copy-fallback");
    function refused() {
      status.textContent = "Copy this citation by hand (it is selected):";
      fallback.value = text;
      fallback.hidden = false;
      fallback.focus();
      fallback.select();
    }
    fallback.hidden = true;
    if (!navigator.clipboard || !navigator.clipboard.writeText) { refused(); return; }
    navigator.clipboard.writeText(text).then(function () {
      status.textContent = "Citation copied: " + text;
    }, refused);
  }

  function openDetails(heading) {
    clearHighlight();
    $("copy-status").textContent = "";
    $("copy-fallback").hidden = true;
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
    if (!event.tier) { row(facts, "Rank", "not among the top " + data.network.topEvents + " events"); }
    panel.appendChild(facts);
    panel.appendChild(el("h3", null, "Sources (" + event.sources.length + ")"));
    event.sources.forEach(function (source) {
      var doc = data.documents[source.doc] || { title: source.doc, url: null, published: null, site: null };
      var heading = el("div", "source-title");
      var url = safeUrl(doc.url);
      if (url) {
        var link = el("a", null, doc.title);
        link.href = url;
        link.rel = "noopener noreferrer";
        link.target = "_blank";
        heading.appendChild(link);
      } else {
        heading.appendChild(el("span", null, doc.title));
      }
      if (doc.site) { heading.appendChild(el("span", "role source-site", " " + doc.site)); }
      if (doc.published) { heading.appendChild(el("span", "role", " " + doc.published)); }
      panel.appendChild(heading);
      if (source.date) { panel.appendChild(el("div", "role", "This article dates it " + source.date)); }
      panel.appendChild(el("blockquote", null, source.sentence));
      var copy = el("button", "copy", "Copy citation");
      copy.type = "button";
      copy.setAttribute("aria-label", "Copy citation of " + doc.title);
      copy.addEventListener("click", function () { copyCitation(citation(doc, source)); });
      panel.appendChild(copy);
    });
    current = items.get(eventId) || null;
    if (current) {
      current.setAttribute("aria-current", "true");
      if (fromElsewhere) { current.scrollIntoView({ block: "nearest" }); }
    }
    // The actor graph has no event nodes: the event's actors stand for it.
    var selected = [event.node].concat(event.actors.map(function (p) {
      return actors.has(p.actor) ? actors.get(p.actor).node : null;
    })).filter(function (id, index) { return id && nodes.get(id) && (index === 0 || shownView === "actors"); });
    network.selectNodes(selected.filter(function (id, index) { return selected.indexOf(id) === index; }));
    document.dispatchEvent(new CustomEvent("eventgraph:show", { detail: { kind: "event", id: eventId } }));
  }

  function showPair(pair) {
    var panel = openDetails(actors.get(pair.a).name + " and " + actors.get(pair.b).name);
    var facts = el("dl");
    row(facts, "Actors", actorButton(pair.a));
    row(facts, "and", actorButton(pair.b));
    panel.appendChild(facts);
    panel.appendChild(el("h3", null, "Events they share (" + pair.events.length + ")"));
    panel.appendChild(eventList(pair.events));
    related = pair.events.map(function (id) { return items.get(id); }).filter(Boolean);
    related.forEach(function (button) { button.classList.add("related"); });
  }

  // Focus on an actor: its events, and in the graph its neighbourhood; the rest fades.
  function showActor(actorId, fromElsewhere) {
    var actor = actors.get(actorId);
    if (!actor) { return; }
    var panel = openDetails(actor.name);
    var facts = el("dl");
    row(facts, "Type", actor.typeName);
    if (actor.aliases.length) { row(facts, "Also called", actor.aliases.join("; ")); }
    if (actor.affiliation) { row(facts, "Part of", actorButton(actor.affiliation)); }
    if (!nodes.get(actor.node)) {
      row(facts, "Graph", actor.events ? "not drawn in this view (the graph places the most involved actors)"
        : "not drawn (named in no event)");
    }
    panel.appendChild(facts);
    var ids = actorEvents.get(actorId) || [];
    var pairs = (linksOf.get(actorId) || []).map(function (id) { return pairOf.get(id); });
    if (shownView === "actors" && pairs.length) {
      panel.appendChild(el("h3", null, "Linked in the graph (" + pairs.length + ")"));
      var linked = el("ul");
      pairs.forEach(function (pair) {
        var other = actors.get(pair.a === actorId ? pair.b : pair.a);
        var item = el("li");
        var button = el("button", "link-button", other.name + ": " + plural(pair.events.length, "shared event"));
        button.type = "button";
        button.addEventListener("click", function () { showPair(pair); });
        item.appendChild(button);
        linked.appendChild(item);
      });
      panel.appendChild(linked);
    }
    panel.appendChild(el("h3", null, "Events (" + ids.length + ")"));
    panel.appendChild(eventList(ids));

    related = ids.map(function (id) { return items.get(id); }).filter(Boolean);
    related.forEach(function (button) { button.classList.add("related"); });
    if (fromElsewhere && related.length) { related[0].scrollIntoView({ block: "nearest" }); }
    document.dispatchEvent(new CustomEvent("eventgraph:show", { detail: { kind: "actor", id: actorId } }));
    if (!nodes.get(actor.node)) { network.unselectAll(); return; }
    var keep = new Set([actor.node]), keepEdges = new Set();
    if (shownView === "actors") {
      pairs.forEach(function (pair) {
        keep.add(actors.get(pair.a).node);
        keep.add(actors.get(pair.b).node);
      });
      (linksOf.get(actorId) || []).forEach(function (id) { keepEdges.add(id); });
    } else {
      ids.forEach(function (id) {
        var event = events.get(id);
        keep.add(event.node);
        event.actors.forEach(function (p) { if (actors.has(p.actor)) { keep.add(actors.get(p.actor).node); } });
      });
      edges.get().forEach(function (edge) {
        if ((edge.from === actor.node || edge.to === actor.node) || (keep.has(edge.from) && keep.has(edge.to) &&
            (byNode.get(edge.from).kind === "event" || byNode.get(edge.to).kind === "event") &&
            ids.indexOf(byNode.get(edge.from).kind === "event" ? byNode.get(edge.from).id : byNode.get(edge.to).id) >= 0)) {
          keepEdges.add(edge.id);
        }
      });
    }
    nodes.update(nodes.getIds().map(function (id) { return { id: id, opacity: keep.has(id) ? 1 : 0.15 }; }));
    edges.update(edges.getIds().map(function (id) { return { id: id, color: { opacity: keepEdges.has(id) ? 1 : 0.1 } }; }));
    shownNodes.sort(function (a, b) { return (keep.has(a.id) ? 0 : 1) - (keep.has(b.id) ? 0 : 1); });
    network.selectNodes([actor.node]);
  }

  network.on("click", function (params) {
    var hit = params.nodes.length ? byNode.get(params.nodes[0]) : null;
    if (!hit) {
      if (params.edges.length && pairOf.has(params.edges[0])) {
        showPair(pairOf.get(params.edges[0]));
      } else if (!params.edges.length) {
        clearHighlight();
      }
      return;
    }
    if (hit.kind === "event") { showEvent(hit.id, true); } else { showActor(hit.id, true); }
  });

  $("fit").addEventListener("click", fitAll);

  // Search: actors by name or alias, events by title, in the whole story whatever is shown.
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
        found.push({ text: event.date.when + ": " + event.title, open: function () { showEvent(event.id, true); } });
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

  // What is shown: the top K events, within the brushed days, of the chosen event and actor types.
  var typeFilter = $("type-filter");

  function readControls() {
    var k = document.querySelector("input[name=k]:checked");
    state.k = k ? parseInt(k.value, 10) : 0;
    state.code = typeFilter.value;
    state.kinds = new Set(Array.prototype.map.call(
      document.querySelectorAll("input[name=actor-type]:checked"), function (box) { return box.value; }));
  }

  function shows(event) {
    if (state.k && !(event.tier && event.tier <= state.k)) { return false; }
    if (state.code && event.code !== state.code) { return false; }
    if (state.from || state.to) {
      if (!event.days || (state.from && event.days[0] < state.from) || (state.to && event.days[1] > state.to)) {
        return false;
      }
    }
    return !event.actors.length || event.actors.some(function (p) {
      var actor = actors.get(p.actor);
      return !actor || state.kinds.has(actor.type);
    });
  }

  function describeChoice() {
    var total = data.events.length, words;
    if (state.k) {
      words = "First view: the top " + state.k + " of " + total.toLocaleString("en") + " events, as eventgraph " +
        "timeline --top " + state.k + " ranks them: " + data.ranking + ".";
    } else {
      words = "All " + plural(total, "event") + ".";
    }
    if (state.from || state.to) {
      words += " Dated within " + (state.from ? dayText(state.from) : "the start") + " to " +
        (state.to ? dayText(state.to) : "the end") + ".";
    }
    if (visible.length !== (state.k ? Math.min(state.k, total) : total)) {
      words += " " + plural(visible.length, "event") + " shown.";
    }
    $("chosen").textContent = words + " The search box finds every actor and event.";
  }

  function refresh() {
    readControls();
    visible = data.events.filter(shows);
    timelineLimit = TIMELINE_PAGE;
    renderTimeline();
    drawGraph();
    describeChoice();
    drawStrip();
  }

  var form = $("filters");
  form.addEventListener("change", function (e) {
    if (e.target.name === "view") { state.view = e.target.value; }
    refresh();
  });
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  form.addEventListener("reset", function () {
    setTimeout(function () {
      var all = document.querySelector("input[name=k][value='0']");
      if (all) { all.checked = true; }
      state.view = null;
      setRange("", "");
    }, 0);
  });

  // The time strip: events per day or month over the story's span; dragging across it picks a range.
  var strip = data.strip, bins = [], stripSvg = $("strip"), brush = null, BAR = 10, HEIGHT = 40;
  var SVG = "http://www.w3.org/2000/svg";

  function svgEl(tag, attributes) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attributes).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    return node;
  }

  function isoDay(ms) { return new Date(ms).toISOString().slice(0, 10); }

  function buildBins() {
    if (!strip) { return; }
    var day = 86400000, start = Date.parse(strip.first + "T00:00:00Z"), end = Date.parse(strip.last + "T00:00:00Z");
    if (strip.unit === "day") {
      for (var t = start; t <= end; t += day) { bins.push({ first: isoDay(t), last: isoDay(t) }); }
    } else {
      var year = parseInt(strip.first.slice(0, 4), 10), month = parseInt(strip.first.slice(5, 7), 10) - 1;
      for (var m = Date.UTC(year, month, 1); m <= end; m = Date.UTC(year, month, 1)) {
        month += 1;
        bins.push({ first: isoDay(m), last: isoDay(Date.UTC(year, month, 1) - day) });
      }
    }
    // Each event counts in the bin that holds its whole date; dates coarser than a bin are not counted.
    data.events.forEach(function (event) {
      event.bin = -1;
      if (!event.days || event.days[0] < strip.first || event.days[1] > strip.last) { return; }
      var lo = 0, hi = bins.length - 1;
      while (lo < hi) {
        var mid = (lo + hi + 1) >> 1;
        if (bins[mid].first <= event.days[0]) { lo = mid; } else { hi = mid - 1; }
      }
      if (event.days[1] <= bins[lo].last) { event.bin = lo; }
    });
    stripSvg.setAttribute("viewBox", "0 0 " + bins.length * BAR + " " + HEIGHT);
    stripSvg.setAttribute("preserveAspectRatio", "none");
  }

  function drawStrip() {
    if (!strip) { return; }
    var all = bins.map(function () { return 0; }), shown = all.slice(), outside = 0;
    data.events.forEach(function (event) { if (event.bin >= 0) { all[event.bin] += 1; } });
    visible.forEach(function (event) { if (event.bin >= 0) { shown[event.bin] += 1; } else { outside += 1; } });
    var most = Math.max.apply(null, [1].concat(all));
    var parts = [];
    bins.forEach(function (bin, index) {
      [[all[index], "bar-all"], [shown[index], "bar-shown"]].forEach(function (bar) {
        if (!bar[0]) { return; }
        var h = Math.max(2, HEIGHT * Math.sqrt(bar[0] / most));
        parts.push(svgEl("rect", { x: index * BAR + 1, y: HEIGHT - h, width: BAR - 2, height: h, "class": bar[1] }));
      });
    });
    var a = binAt(state.from, 0), b = binAt(state.to, bins.length - 1);
    brush = svgEl("rect", { "class": "brush", y: 0, height: HEIGHT, x: a * BAR, width: (b - a + 1) * BAR });
    brush.style.display = state.from || state.to ? "" : "none";
    parts.push(brush);
    stripSvg.replaceChildren.apply(stripSvg, parts);
    $("strip-note").textContent = outside ? plural(outside, "event") + " shown dated outside the strip, or " +
      "more loosely than one " + strip.unit : "";
  }

  function binAt(iso, fallback) {
    if (!iso) { return fallback; }
    for (var i = 0; i < bins.length; i += 1) { if (bins[i].last >= iso) { return i; } }
    return bins.length - 1;
  }

  function setRange(from, to) {
    state.from = from;
    state.to = to;
    if ($("from")) {
      $("from").value = from;
      $("to").value = to;
    }
    refresh();
  }

  if (strip) {
    var dragFrom = null;
    var binOfPointer = function (e) {
      var box = stripSvg.getBoundingClientRect();
      return Math.max(0, Math.min(bins.length - 1, Math.floor((e.clientX - box.left) / box.width * bins.length)));
    };
    var preview = function (a, b) {
      brush.setAttribute("x", Math.min(a, b) * BAR);
      brush.setAttribute("width", (Math.abs(b - a) + 1) * BAR);
      brush.style.display = "";
    };
    stripSvg.addEventListener("pointerdown", function (e) {
      dragFrom = binOfPointer(e);
      stripSvg.setPointerCapture(e.pointerId);
      preview(dragFrom, dragFrom);
    });
    stripSvg.addEventListener("pointermove", function (e) {
      if (dragFrom !== null) { preview(dragFrom, binOfPointer(e)); }
    });
    stripSvg.addEventListener("pointerup", function (e) {
      if (dragFrom === null) { return; }
      var a = dragFrom, b = binOfPointer(e);
      dragFrom = null;
      setRange(bins[Math.min(a, b)].first, bins[Math.max(a, b)].last);
    });
    ["from", "to"].forEach(function (id) {
      $(id).addEventListener("change", function () { setRange($("from").value, $("to").value); });
    });
    $("clear-range").addEventListener("click", function () { setRange("", ""); });
  }

  // Export: the events shown, as the build's timeline.csv and timeline.md (exporters/timeline.py) write them.
  // The build gives every piece, escaped and formatted (data.export, and each event's export); this joins the
  // pieces of the events shown in the order timeline.py joins them, and formats nothing itself.
  function timelineCsv() {
    return data.export.csv + visible.map(function (event) { return event.export.csv; }).join("");
  }

  function timelineMd() {
    var md = data.export, groups = new Map(), parts = [md.mdHead];
    visible.forEach(function (event) {
      if (!groups.has(event.group)) { groups.set(event.group, []); }
      groups.get(event.group).push(event);
    });
    groups.forEach(function (events, group) {
      parts.push(md.mdGroups[group]);
      events.forEach(function (event) {
        parts.push(event.export.md);
        event.export.docs.forEach(function (id, index) {
          parts.push(md.mdSource.replace(/\{(number|reference)\}/g, function (field, name) {
            return name === "number" ? String(index + 1) : md.mdReferences[id];
          }));
        });
      });
    });
    if (!groups.size) { parts.push(md.mdEmpty); }
    return parts.join("");
  }

  function download(name, type, text) {
    var link = el("a");
    link.href = URL.createObjectURL(new Blob([text], { type: type }));
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 60000);
  }

  $("export-csv").addEventListener("click", function () {
    download("timeline.csv", "text/csv", "\ufeff" + timelineCsv());
  });
  $("export-md").addEventListener("click", function () {
    download("timeline.md", "text/markdown", timelineMd());
  });

  window.eventgraph = {
    showEvent: showEvent, showActor: showActor, setRange: setRange,
    labelBoxes: function () { return labelBoxes.slice(); },
    shown: function () { return visible.map(function (event) { return event.id; }); },
    timelineCsv: timelineCsv, timelineMd: timelineMd
  };

  readControls();
  visible = data.events.filter(shows);
  renderTimeline();
  drawGraph();
  describeChoice();

  // First view once the graph has been drawn and the browser has painted a frame: what a reader sees.
  // Interactive once the rest is in place: the time strip and the list of event types.
  network.once("afterDrawing", function () {
    requestAnimationFrame(function () {
      setTimeout(function () {
        window.eventgraphReady = performance.now();
        document.documentElement.setAttribute("data-ready", "true");
        buildBins();
        drawStrip();
        data.types.forEach(function (type) {
          var option = el("option", null, type.code + " " + type.label);
          option.value = type.code;
          typeFilter.appendChild(option);
        });
        window.eventgraphInteractive = performance.now();
        document.documentElement.setAttribute("data-interactive", "true");
      }, 0);
    });
  });
  network.redraw();
})();
