// Reads graph.graphml or graph.gexf as Gephi Lite does (graphology) and prints what it sees as JSON:
// node and edge counts, how many nodes and edges carry a time interval, and the node and edge attributes.
// Usage: node read_graph.js graphml|gexf FILE
"use strict";
const fs = require("fs");
const Graph = require("graphology");
const readers = {graphml: require("graphology-graphml"), gexf: require("graphology-gexf")};

const [format, file] = process.argv.slice(2);
const graph = readers[format].parse(Graph, fs.readFileSync(file, "utf8"));
const timed = (attributes) => ["start", "end", "first_day", "last_day"].some((name) => attributes[name] !== undefined);
const report = {nodes: graph.order, edges: graph.size, timedNodes: 0, timedEdges: 0, nodeAttributes: {},
                edgeAttributes: {}, multi: graph.multi};
graph.forEachNode((node, attributes) => {
  if (timed(attributes)) report.timedNodes += 1;
  for (const [name, value] of Object.entries(attributes)) report.nodeAttributes[name] = typeof value;
});
graph.forEachEdge((edge, attributes) => {
  if (timed(attributes)) report.timedEdges += 1;
  for (const [name, value] of Object.entries(attributes)) report.edgeAttributes[name] = typeof value;
});
const sample = graph.filterNodes((node, attributes) => timed(attributes))[0];
report.sampleNode = sample === undefined ? null : graph.getNodeAttributes(sample);
process.stdout.write(JSON.stringify(report) + "\n");
