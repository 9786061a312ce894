// The actor network as GEXF 1.3 (Gephi's own format): the same nodes and edges as the GraphML
// export, edge weight = event count, summed Goldstein value as an edge attribute.
import type { ActorEdge, ActorNode } from '../store/index.js';
import { xmlEscape as x } from './xml.js';

export function* gexfLines(net: { nodes: ActorNode[]; edges: ActorEdge[] }): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n';
  yield '  <meta><creator>Entente</creator><description>actors and the events between them</description></meta>\n';
  yield '  <graph mode="static" defaultedgetype="undirected">\n';
  yield '    <attributes class="node">\n';
  yield '      <attribute id="type" title="type" type="string"/>\n';
  yield '      <attribute id="country" title="country" type="string"/>\n';
  yield '      <attribute id="events" title="events" type="integer"/>\n';
  yield '    </attributes>\n';
  yield '    <attributes class="edge">\n';
  yield '      <attribute id="goldstein" title="goldstein" type="double"/>\n';
  yield '    </attributes>\n';
  yield '    <nodes>\n';
  for (const n of net.nodes) {
    const country = n.country ? `<attvalue for="country" value="${x(n.country)}"/>` : '';
    yield `      <node id="${x(n.id)}" label="${x(n.name)}"><attvalues><attvalue for="type" value="${x(n.type)}"/>${country}<attvalue for="events" value="${n.events}"/></attvalues></node>\n`;
  }
  yield '    </nodes>\n    <edges>\n';
  let i = 0;
  for (const e of net.edges) {
    yield `      <edge id="${i++}" source="${x(e.a)}" target="${x(e.b)}" weight="${e.events}"><attvalues><attvalue for="goldstein" value="${e.goldstein}"/></attvalues></edge>\n`;
  }
  yield '    </edges>\n  </graph>\n</gexf>\n';
}
