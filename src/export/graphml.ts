// The actor network as GraphML (Gephi, yEd, NetworkX, graphology): nodes are actors, undirected
// edges join actors that took part in events together, weighted by event count, with the summed
// Goldstein value beside it.
import type { ActorEdge, ActorNode } from '../store/index.js';
import { xmlEscape as x } from './xml.js';

export function* graphmlLines(net: { nodes: ActorNode[]; edges: ActorEdge[] }): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  yield '  <key id="label" for="node" attr.name="label" attr.type="string"/>\n';
  yield '  <key id="type" for="node" attr.name="type" attr.type="string"/>\n';
  yield '  <key id="country" for="node" attr.name="country" attr.type="string"/>\n';
  yield '  <key id="events" for="node" attr.name="events" attr.type="int"/>\n';
  yield '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>\n';
  yield '  <key id="goldstein" for="edge" attr.name="goldstein" attr.type="double"/>\n';
  yield '  <graph id="entente" edgedefault="undirected">\n';
  for (const n of net.nodes) {
    const country = n.country ? `<data key="country">${x(n.country)}</data>` : '';
    yield `    <node id="${x(n.id)}"><data key="label">${x(n.name)}</data><data key="type">${x(n.type)}</data>${country}<data key="events">${n.events}</data></node>\n`;
  }
  let i = 0;
  for (const e of net.edges) {
    yield `    <edge id="e${i++}" source="${x(e.a)}" target="${x(e.b)}"><data key="weight">${e.events}</data><data key="goldstein">${e.goldstein}</data></edge>\n`;
  }
  yield '  </graph>\n</graphml>\n';
}
