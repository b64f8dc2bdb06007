(function () {
  "use strict";

  // The edit mode: the journalist's corrections, kept in this browser until downloaded as corrections.json.
  //
  // How it meets the rest of the page (kept small so either side can change):
  // - it reads the JSON block #edit-data (exporters/editing.py): events, actors, CAMEO types, and the
  //   corrections the build applied;
  // - it adds the class "eg-edited" (and a title with the notes) to every element whose data-id is an edited
  //   event's id;
  // - it calls window.eventgraph.showEvent(id) / showActor(id) when the page offers them;
  // - when the page dispatches "eventgraph:show" on document (detail {kind: "event" | "actor", id}) after
  //   filling #details, it adds to #details what corrections changed and the notes;
  // - after every change it dispatches "eventgraph:corrections" on document, detail {corrections: [...]}.
  // Everything typed is written back with textContent or as an input's value: text, never markup.
  var data = JSON.parse(document.getElementById("edit-data").textContent);
  var STORE = "eventgraph-corrections:" + data.key;
  var TIMEX = /^([0-9]{2}|[0-9]{3}|[0-9]{4}(-([0-9]{2}|W[0-9]{2}|Q[1-4]|H[12]|SP|SU|FA|WI)(-[0-9]{2})?)?)$/;
  var SHOWN = 80;

  var events = new Map(), actors = new Map();
  data.events.forEach(function (e) { events.set(e.id, e); });
  data.actors.forEach(function (a) { actors.set(a.id, a); });

  var corrections = stored() || data.corrections.slice();
  var undone = [], done = [];
  var selectedEvents = [], selectedActors = [];

  function stored() {
    try {
      var list = JSON.parse(window.localStorage.getItem(STORE));
      return Array.isArray(list) ? list : null;
    } catch (error) {
      return null;
    }
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function button(text, onClick, className) {
    var b = el("button", className || "eg-button", text);
    b.type = "button";
    b.addEventListener("click", onClick);
    return b;
  }

  function isDate(value) {
    if (!TIMEX.test(value)) { return false; }
    var day = /^([0-9]{4})-([0-9]{2})(?:-([0-9]{2}))?$/.exec(value);
    if (!day) { return true; }
    var month = Number(day[2]), date = new Date(Date.UTC(Number(day[1]), month - 1, Number(day[3] || 1)));
    return month >= 1 && month <= 12 && date.getUTCMonth() === month - 1;
  }

  // A target named so that a rebuild finds it again: by id, and by an article and a sentence that reports it.
  function eventRef(id) {
    var e = events.get(id), ref = { id: id };
    if (e && e.sources.length) { ref.doc = e.sources[0].doc; ref.quote = e.sources[0].quote; }
    if (e) { ref.title = e.title; }
    return ref;
  }

  function actorRef(id) {
    var a = actors.get(id);
    return a ? { id: id, name: a.name } : { id: id };
  }

  function sameTarget(a, b) {
    return JSON.stringify([a.op, a.event && a.event.id, a.actor && a.actor.id]) ===
      JSON.stringify([b.op, b.event && b.event.id, b.actor && b.actor.id]);
  }

  // A field edited twice is one correction: the later value replaces the earlier, rather than contradicting it.
  function change(correction) {
    var replaceable = ["event.title", "event.date", "event.type", "actor.rename", "story.title"]
      .indexOf(correction.op) >= 0;
    var next = corrections.filter(function (c) { return !(replaceable && sameTarget(c, correction)); });
    next.push(correction);
    commit(next);
  }

  function drop(predicate) {
    commit(corrections.filter(function (c) { return !predicate(c); }));
  }

  function commit(next) {
    done.push(corrections);
    undone = [];
    corrections = next;
    saved();
  }

  function saved() {
    try {
      window.localStorage.setItem(STORE, JSON.stringify(corrections));
    } catch (error) {
      status("Not kept in this browser: " + error.message);
    }
    document.dispatchEvent(new CustomEvent("eventgraph:corrections", { detail: { corrections: corrections.slice() } }));
    render();
  }

  function undo() {
    if (!done.length) { return; }
    undone.push(corrections);
    corrections = done.pop();
    saved();
  }

  function redo() {
    if (!undone.length) { return; }
    done.push(corrections);
    corrections = undone.pop();
    saved();
  }

  // What the corrections make of an event or actor, for the panel and for the marks in the page.
  function view() {
    var byEvent = new Map(), byActor = new Map();
    function of(map, id) {
      if (!map.has(id)) { map.set(id, { edited: false, notes: [] }); }
      return map.get(id);
    }
    data.events.forEach(function (e) {
      var v = of(byEvent, e.id);
      v.edited = Object.keys(e.edited).length > 0;
      v.notes = e.notes.slice();
    });
    data.actors.forEach(function (a) { of(byActor, a.id).edited = Object.keys(a.edited).length > 0; });
    corrections.forEach(function (c) {
      if (c.event) {
        var v = of(byEvent, c.event.id);
        v.edited = true;
        if (c.op === "event.title") { v.title = c.title; }
        if (c.op === "event.date") { v.date = c.value; }
        if (c.op === "event.type") { v.code = c.code; }
        if (c.op === "event.hide") { v.hidden = true; }
        if (c.op === "event.note" && v.notes.indexOf(c.text) < 0) { v.notes.push(c.text); }
        if (c.op === "event.split") { v.detached = (v.detached || []).concat([c.source.quote]); }
      }
      (c.events || []).forEach(function (ref, index) {
        var v = of(byEvent, ref.id);
        v.edited = true;
        if (index) { v.mergedInto = c.events[0].id; }
      });
      if (c.actor) {
        var a = of(byActor, c.actor.id);
        a.edited = true;
        if (c.op === "actor.rename") { a.name = c.name; }
      }
      (c.actors || []).forEach(function (ref, index) {
        var a = of(byActor, ref.actor ? ref.actor.id : ref.id);
        a.edited = true;
        if (index && !ref.actor) { a.mergedInto = c.actors[0].id; }
      });
    });
    return { events: byEvent, actors: byActor };
  }

  // The panel.
  var root = el("aside", "eg-panel");
  root.id = "eg-edit";
  root.hidden = true;
  root.setAttribute("aria-label", "Edit mode");
  var toggle = button("Edit", function () {
    root.hidden = !root.hidden;
    toggle.setAttribute("aria-pressed", String(!root.hidden));
    if (!root.hidden) { render(); }
  }, "eg-toggle");
  toggle.id = "eg-edit-toggle";
  toggle.setAttribute("aria-pressed", "false");
  toggle.setAttribute("aria-controls", "eg-edit");

  var tools = el("div", "eg-tools");
  var undoButton = button("Undo", undo), redoButton = button("Redo", redo);
  var download = button("Download corrections", function () {
    var body = JSON.stringify({ version: 1, story: data.title, corrections: corrections }, null, 2) + "\n";
    var link = el("a");
    link.href = URL.createObjectURL(new Blob([body], { type: "application/json" }));
    link.download = "corrections.json";
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 0);
  });
  download.id = "eg-download";
  var loader = el("input");
  loader.type = "file";
  loader.accept = ".json,application/json";
  loader.id = "eg-load";
  var loadLabel = el("label", "eg-button", "Load corrections");
  loadLabel.htmlFor = "eg-load";
  loader.addEventListener("change", function () {
    var file = loader.files[0];
    if (!file) { return; }
    file.text().then(function (text) {
      var parsed = JSON.parse(text);
      if (!parsed || parsed.version !== 1 || !Array.isArray(parsed.corrections)) {
        throw new Error("not a corrections file of version 1");
      }
      commit(parsed.corrections);
      status("Loaded " + parsed.corrections.length + " corrections from " + file.name);
    }).catch(function (error) {
      status(file.name + ": " + error.message);
    }).then(function () { loader.value = ""; });
  });
  var statusLine = el("p", "eg-status");
  statusLine.setAttribute("role", "status");
  tools.append(undoButton, redoButton, download, loadLabel, loader, statusLine);

  function status(text) { statusLine.textContent = text; }

  var eventFilter = el("input", "eg-filter");
  eventFilter.type = "search";
  eventFilter.placeholder = "find events by title";
  eventFilter.setAttribute("aria-label", "Find events to edit");
  var mergeEvents = button("Merge selected events", function () {
    change({ op: "event.merge", events: selectedEvents.map(eventRef) });
    selectedEvents = [];
    render();
  });
  mergeEvents.id = "eg-merge-events";
  var eventList = el("ol", "eg-list");
  var actorFilter = el("input", "eg-filter");
  actorFilter.type = "search";
  actorFilter.placeholder = "find actors by name";
  actorFilter.setAttribute("aria-label", "Find actors to edit");
  var mergeActors = button("Merge selected actors", function () {
    change({ op: "actor.merge", actors: selectedActors.map(actorRef) });
    selectedActors = [];
    render();
  });
  mergeActors.id = "eg-merge-actors";
  var actorList = el("ol", "eg-list");
  var correctionList = el("ol", "eg-list eg-corrections");
  var types = el("datalist");
  types.id = "eg-types";
  data.types.forEach(function (t) {
    var option = el("option");
    option.value = t.code;
    option.label = t.code + " " + t.label;
    types.appendChild(option);
  });
  var storyTitle = el("div");
  var eventCount = el("p", "hint"), actorCount = el("p", "hint");
  root.append(el("h2", null, "Edit"), tools, storyTitle, el("h3", null, "Events"), eventFilter, mergeEvents,
    eventCount, eventList, el("h3", null, "Actors"), actorFilter, mergeActors, actorCount, actorList,
    el("h3", null, "Corrections"), correctionList, types);
  eventFilter.addEventListener("input", render);
  actorFilter.addEventListener("input", render);

  function field(label, value, onChange, list) {
    var wrap = el("label", "eg-field");
    wrap.appendChild(el("span", null, label));
    var input = el("input");
    input.value = value || "";
    if (list) { input.setAttribute("list", list); }
    input.addEventListener("change", function () { onChange(input.value.trim(), input); });
    wrap.appendChild(input);
    return wrap;
  }

  function selector(list, id, label) {
    var box = el("input");
    box.type = "checkbox";
    box.checked = list.indexOf(id) >= 0;
    box.setAttribute("aria-label", label);
    box.addEventListener("change", function () {
      var at = list.indexOf(id);
      if (box.checked && at < 0) { list.push(id); }
      if (!box.checked && at >= 0) { list.splice(at, 1); }
      mergeEvents.disabled = selectedEvents.length < 2;
      mergeActors.disabled = selectedActors.length < 2;
    });
    return box;
  }

  function eventRow(e, v) {
    var item = el("li", "eg-item" + (v.edited ? " eg-edited" : "") + (v.hidden || v.mergedInto ? " eg-gone" : ""));
    item.setAttribute("data-event", e.id);
    var head = el("div", "eg-head");
    head.appendChild(selector(selectedEvents, e.id, "Select " + (v.title || e.title)));
    var open = button(v.title || e.title, function () {
      if (window.eventgraph && window.eventgraph.showEvent) { window.eventgraph.showEvent(e.id, true); }
    }, "eg-link");
    head.appendChild(open);
    if (v.edited) { head.appendChild(el("span", "eg-badge", "edited")); }
    if (v.mergedInto) { head.appendChild(el("span", "eg-badge", "merged")); }
    item.appendChild(head);
    item.appendChild(field("Title", v.title || e.title, function (value) {
      if (value) { change({ op: "event.title", event: eventRef(e.id), title: value }); }
    }));
    item.appendChild(field("Date", v.date || e.date, function (value, input) {
      if (!isDate(value)) {
        input.setAttribute("aria-invalid", "true");
        status(value + " is not a date: write 2024-06-19, 2024-06 or 2024");
        return;
      }
      change({ op: "event.date", event: eventRef(e.id), value: value });
    }));
    item.appendChild(field("Type", v.code || e.code, function (value, input) {
      if (!/^[0-9]{2,4}$/.test(value)) { input.setAttribute("aria-invalid", "true"); return; }
      change({ op: "event.type", event: eventRef(e.id), code: value });
    }, "eg-types"));
    var actions = el("div", "eg-actions");
    actions.appendChild(v.hidden
      ? button("Show", function () { drop(function (c) { return c.op === "event.hide" && c.event.id === e.id; }); })
      : button("Hide", function () { change({ op: "event.hide", event: eventRef(e.id) }); }));
    var note = el("input");
    note.setAttribute("aria-label", "Note on " + e.title);
    note.placeholder = "note";
    actions.appendChild(note);
    actions.appendChild(button("Add note", function () {
      if (note.value.trim()) { change({ op: "event.note", event: eventRef(e.id), text: note.value.trim() }); }
    }));
    item.appendChild(actions);
    v.notes.forEach(function (text) { item.appendChild(el("p", "eg-note", "Note: " + text)); });
    if (e.sources.length > 1) {
      var sources = el("ul", "eg-sources");
      e.sources.forEach(function (s) {
        var li = el("li", null, s.doc + ": \u201c" + s.quote + "\u201d ");
        if ((v.detached || []).indexOf(s.quote) >= 0) {
          li.appendChild(el("span", "eg-badge", "detached"));
        } else {
          li.appendChild(button("Detach", function () {
            change({ op: "event.split", event: eventRef(e.id), source: { doc: s.doc, quote: s.quote } });
          }));
        }
        sources.appendChild(li);
      });
      item.appendChild(sources);
    }
    return item;
  }

  function actorRow(a, v) {
    var item = el("li", "eg-item" + (v.edited ? " eg-edited" : "") + (v.mergedInto ? " eg-gone" : ""));
    item.setAttribute("data-actor", a.id);
    var head = el("div", "eg-head");
    head.appendChild(selector(selectedActors, a.id, "Select " + a.name));
    head.appendChild(button(v.name || a.name, function () {
      if (window.eventgraph && window.eventgraph.showActor) { window.eventgraph.showActor(a.id, true); }
    }, "eg-link"));
    if (v.edited) { head.appendChild(el("span", "eg-badge", "edited")); }
    item.appendChild(head);
    item.appendChild(field("Name", v.name || a.name, function (value) {
      if (value) { change({ op: "actor.rename", actor: actorRef(a.id), name: value }); }
    }));
    return item;
  }

  function describe(c) {
    var target = c.event ? (events.has(c.event.id) ? events.get(c.event.id).title : c.event.title || c.event.id)
      : c.actor ? (c.actor.name || c.actor.id) : c.events ? c.events.length + " events"
        : c.actors ? c.actors.length + " actors" : c.title || "";
    var value = c.title || c.value || c.code || c.name || c.text || "";
    return c.op + ": " + target + (value && value !== target ? " \u2192 " + value : "");
  }

  function render() {
    var v = view();
    markPage(v);
    undoButton.disabled = !done.length;
    redoButton.disabled = !undone.length;
    mergeEvents.disabled = selectedEvents.length < 2;
    mergeActors.disabled = selectedActors.length < 2;
    if (root.hidden) { return; }
    var titled = corrections.filter(function (c) { return c.op === "story.title"; }).pop();
    storyTitle.replaceChildren(field("Story title", titled ? titled.title : data.title, function (value) {
      if (value) { change({ op: "story.title", title: value }); }
    }));
    var query = eventFilter.value.trim().toLowerCase(), shown = 0, matching = 0;
    var rows = document.createDocumentFragment();
    data.events.forEach(function (e) {
      var ev = v.events.get(e.id);
      if (!query || (ev.title || e.title).toLowerCase().indexOf(query) >= 0) {
        matching += 1;
        if (shown < SHOWN) { rows.appendChild(eventRow(e, ev)); shown += 1; }
      }
    });
    eventList.replaceChildren(rows);
    eventCount.textContent = shown < matching ? shown + " of " + matching + " shown: type to find the others" : "";
    query = actorFilter.value.trim().toLowerCase();
    shown = 0;
    matching = 0;
    rows = document.createDocumentFragment();
    data.actors.forEach(function (a) {
      var av = v.actors.get(a.id);
      if (!query || (av.name || a.name).toLowerCase().indexOf(query) >= 0) {
        matching += 1;
        if (shown < SHOWN) { rows.appendChild(actorRow(a, av)); shown += 1; }
      }
    });
    actorList.replaceChildren(rows);
    actorCount.textContent = shown < matching ? shown + " of " + matching + " shown: type to find the others" : "";
    rows = document.createDocumentFragment();
    var report = new Map(data.report.map(function (r) {
      return [JSON.stringify(data.corrections[r.index - 1]), r];
    }));
    corrections.forEach(function (c, index) {
      var li = el("li", null, describe(c));
      var built = report.get(JSON.stringify(c));
      if (built && built.status !== "applied") {
        li.appendChild(el("span", "eg-problem", " (last build: " + built.reason + ")"));
      }
      li.appendChild(button("Remove", function () {
        drop(function (other) { return other === corrections[index]; });
      }));
      rows.appendChild(li);
    });
    if (!corrections.length) { rows.appendChild(el("li", "hint", "No corrections yet.")); }
    correctionList.replaceChildren(rows);
  }

  function markPage(v) {
    document.querySelectorAll("[data-id]").forEach(function (node) {
      var ev = v.events.get(node.getAttribute("data-id"));
      if (!ev || root.contains(node)) { return; }
      node.classList.toggle("eg-edited", ev.edited);
      node.classList.toggle("eg-hidden", Boolean(ev.hidden || ev.mergedInto));
      if (ev.notes.length) { node.title = "Notes: " + ev.notes.join("; "); }
    });
  }

  var FIELDS = { date: "date", title: "title", type: "type", actors: "actors", sources: "sources",
    event: "added by hand", name: "name", aliases: "aliases", affiliation: "affiliation", actor: "added by hand" };

  document.addEventListener("eventgraph:show", function (e) {
    var details = document.getElementById("details");
    var item = e.detail.kind === "event" ? events.get(e.detail.id) : actors.get(e.detail.id);
    if (!details || !item) { return; }
    var fields = Object.keys(item.edited);
    if (fields.length) {
      var line = el("p", "eg-provenance", "Edited: " + fields.map(function (name) {
        var note = item.edited[name];
        return (FIELDS[name] || name) + (note ? " (" + note + ")" : "");
      }).join("; "));
      details.appendChild(line);
    }
    (item.notes || []).forEach(function (text) { details.appendChild(el("p", "eg-note", "Note: " + text)); });
  });

  document.addEventListener("keydown", function (e) {
    var typing = e.target.tagName === "INPUT";
    if (root.hidden || typing || !(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== "z") { return; }
    e.preventDefault();
    if (e.shiftKey) { redo(); } else { undo(); }
  });

  document.body.append(toggle, root);
  render();
  window.eventgraphEdit = { corrections: function () { return corrections.slice(); }, undo: undo, redo: redo };
})();
