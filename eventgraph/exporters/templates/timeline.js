// Starts TimelineJS on the story's slides, at the top event of the ranking (eventgraph.start_at_slide).
// font: null keeps it from fetching web fonts, and nothing else it could load is asked for: the page opens
// from disk with no network.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("timeline-data").textContent);
  window.timeline = new TL.Timeline("timeline", data, {font: null, hash_bookmark: false,
                                                       start_at_slide: data.eventgraph.start_at_slide});
}());
