// The network view of a person (people met at events, bodies served, and the bodies those
// people served) or of a body (its office holders and the people at the events it organized).
// Bounded: NODE_STEP nodes at first, NODE_STEP more with "show more". Drawn by cytoscape with
// its built-in concentric layout; a node opens its page. This module and cytoscape
// load only when a network is opened.
import cytoscape from 'cytoscape';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso/router';
import { useQuery } from '@urql/preact';
import { paths } from '../client';
import { useI18n } from '../i18n';
import { ErrorState, Loading, useTitle } from '../ui';

export const NODE_STEP = 50;
/** The API's largest page. */
const MAX_PAGE = 100;

interface GNode {
  id: string;
  label: string;
  kind: 'person' | 'body';
  center?: boolean;
}
interface GEdge {
  source: string;
  target: string;
  label: string;
  weight: number;
}
interface Graph {
  name: string;
  nodes: GNode[];
  edges: GEdge[];
  /** True when the data has more than was drawn. */
  more: boolean;
  total: number;
}

const PERSON = `query PersonNetwork($id: ID!, $n: Int!) {
  person(id: $id) {
    id name
    tenures { title body { id name } }
    colleagues(first: $n) { totalCount edges { sharedEvents node { id name tenures { title body { id name } } } } }
  }
}`;
interface PersonData {
  person: {
    id: string;
    name: string;
    tenures: { title: string; body: { id: string; name: string } }[];
    colleagues: { totalCount: number; edges: { sharedEvents: number; node: { id: string; name: string; tenures: { title: string; body: { id: string; name: string } }[] } }[] };
  };
}

const BODY = `query BodyNetwork($id: ID!, $n: Int!) {
  body(id: $id) {
    id name
    partOf { id name }
    holders { title person { id name } }
    organized(first: $n) { totalCount edges { node { id participants { role person { id name } } } } }
  }
}`;
interface BodyData {
  body: {
    id: string;
    name: string;
    partOf: { id: string; name: string } | null;
    holders: { title: string; person: { id: string; name: string } }[];
    organized: { totalCount: number; edges: { node: { id: string; participants: { role: string; person: { id: string; name: string } }[] } }[] };
  };
}

/** Adds nodes while there is room, and edges between nodes that are in. */
class Builder {
  nodes = new Map<string, GNode>();
  edges = new Map<string, GEdge>();
  cut = false;
  constructor(readonly limit: number) {}
  node(n: GNode): boolean {
    if (this.nodes.has(n.id)) return true;
    if (this.nodes.size >= this.limit) {
      this.cut = true;
      return false;
    }
    this.nodes.set(n.id, n);
    return true;
  }
  edge(source: string, target: string, label: string, weight = 1) {
    if (!this.nodes.has(source) || !this.nodes.has(target) || source === target) return;
    const key = source < target ? `${source}|${target}` : `${target}|${source}`;
    const old = this.edges.get(key);
    if (old) {
      if (label && !old.label.split(', ').includes(label)) old.label = old.label ? `${old.label}, ${label}` : label;
      old.weight = Math.max(old.weight, weight);
    } else this.edges.set(key, { source, target, label, weight });
  }
}

export function personGraph(data: PersonData, limit: number): Graph {
  const p = data.person;
  const b = new Builder(limit);
  b.node({ id: p.id, label: p.name, kind: 'person', center: true });
  for (const x of p.tenures) if (b.node({ id: x.body.id, label: x.body.name, kind: 'body' })) b.edge(p.id, x.body.id, x.title);
  for (const c of p.colleagues.edges) if (b.node({ id: c.node.id, label: c.node.name, kind: 'person' })) b.edge(p.id, c.node.id, `${c.sharedEvents}`, c.sharedEvents);
  // the bodies the colleagues served, while there is room
  for (const c of p.colleagues.edges) {
    if (!b.nodes.has(c.node.id)) continue;
    for (const x of c.node.tenures) if (b.node({ id: x.body.id, label: x.body.name, kind: 'body' })) b.edge(c.node.id, x.body.id, x.title);
  }
  const total = p.colleagues.totalCount;
  return { name: p.name, nodes: [...b.nodes.values()], edges: [...b.edges.values()], more: b.cut || p.colleagues.edges.length < total, total };
}

export function bodyGraph(data: BodyData, limit: number): Graph {
  const body = data.body;
  const b = new Builder(limit);
  b.node({ id: body.id, label: body.name, kind: 'body', center: true });
  if (body.partOf && b.node({ id: body.partOf.id, label: body.partOf.name, kind: 'body' })) b.edge(body.id, body.partOf.id, '');
  for (const h of body.holders) if (b.node({ id: h.person.id, label: h.person.name, kind: 'person' })) b.edge(body.id, h.person.id, h.title);
  // people at the events it organized, the most frequent first (edge label: how many events)
  const holders = new Set(body.holders.map((h) => h.person.id));
  const count = new Map<string, { person: { id: string; name: string }; n: number }>();
  for (const { node } of body.organized.edges) {
    for (const pa of node.participants) {
      const c = count.get(pa.person.id) ?? { person: pa.person, n: 0 };
      c.n += 1;
      count.set(pa.person.id, c);
    }
  }
  for (const { person, n } of [...count.values()].sort((x, y) => y.n - x.n || x.person.name.localeCompare(y.person.name))) {
    if (b.node({ id: person.id, label: person.name, kind: 'person' })) b.edge(body.id, person.id, holders.has(person.id) ? '' : `${n}`, n);
  }
  return { name: body.name, nodes: [...b.nodes.values()], edges: [...b.edges.values()], more: b.cut || body.organized.edges.length < body.organized.totalCount, total: count.size };
}

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': 12,
      'font-family': 'system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif',
      color: '#1b1f24',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': '120px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      'text-background-shape': 'roundrectangle',
      width: 18,
      height: 18,
      'border-width': 2,
      'border-color': '#ffffff',
    },
  },
  { selector: 'node[kind = "person"]', style: { 'background-color': '#1f6feb', shape: 'ellipse' } },
  { selector: 'node[kind = "body"]', style: { 'background-color': '#d4761c', shape: 'round-rectangle', width: 22, height: 16 } },
  { selector: 'node[?center]', style: { width: 30, height: 30, 'border-color': '#111', 'border-width': 3, 'font-weight': 'bold', 'font-size': 14 } },
  {
    selector: 'edge',
    style: {
      width: 'mapData(weight, 1, 5, 1.5, 5)',
      'line-color': '#9aa5b1',
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-size': 10,
      color: '#4a5561',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
    },
  },
  { selector: 'node:active, node.hover', style: { 'overlay-opacity': 0.15, 'overlay-color': '#1f6feb' } },
];

function Drawing({ graph, onOpen }: { graph: Graph; onOpen: (n: GNode) => void }) {
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const open = useRef(onOpen);
  open.current = onOpen;
  useEffect(() => {
    if (!box.current) return;
    const cy = cytoscape({
      container: box.current,
      elements: [
        ...graph.nodes.map((n) => ({ group: 'nodes' as const, data: { ...n } })),
        ...graph.edges.map((e, i) => ({ group: 'edges' as const, data: { id: `e${i}`, ...e } })),
      ],
      style: STYLE,
      // rings around the node of the page: its direct links, then the rest (cytoscape's
      // built-in concentric layout; deterministic, so a shared link shows the same picture)
      layout: {
        name: 'concentric',
        concentric: (n: cytoscape.NodeSingular) => (n.data('center') ? 3 : n.neighborhood('node[?center]').length ? 2 : 1),
        levelWidth: () => 1,
        minNodeSpacing: 70,
        spacingFactor: 1.1,
        avoidOverlap: true,
        nodeDimensionsIncludeLabels: true,
        startAngle: (3 / 2) * Math.PI,
        animate: false,
        padding: 30,
        fit: true,
      } as cytoscape.LayoutOptions,
      minZoom: 0.2,
      // small networks are not blown up to fill the box
      maxZoom: 1.4,
      boxSelectionEnabled: false,
      autoungrabify: false,
    });
    cy.on('tap', 'node', (ev) => {
      const data = ev.target.data() as GNode;
      open.current(data);
    });
    cy.on('mouseover', 'node', (ev) => {
      ev.target.addClass('hover');
      if (box.current) box.current.style.cursor = 'pointer';
    });
    cy.on('mouseout', 'node', (ev) => {
      ev.target.removeClass('hover');
      if (box.current) box.current.style.cursor = '';
    });
    // for tests and the curious: the drawn graph
    (window as unknown as { civicGraphNetwork?: cytoscape.Core }).civicGraphNetwork = cy;
    box.current.dataset.ready = 'true';
    return () => {
      cy.destroy();
      if (box.current) delete box.current.dataset.ready;
    };
  }, [graph]);
  return (
    <div
      ref={box}
      class="network-canvas"
      role="img"
      aria-label={`${t('networkOf')} ${graph.name}: ${graph.nodes.length} ${t('nodesShown')}`}
    />
  );
}

export default function NetworkPage({ kind, id }: { kind: string; id: string }) {
  const { t } = useI18n();
  const { route } = useLocation();
  const [limit, setLimit] = useState(NODE_STEP);
  useEffect(() => setLimit(NODE_STEP), [kind, id]);
  const isPerson = kind === 'person';
  const n = Math.min(isPerson ? limit : Math.ceil(limit / 2), MAX_PAGE);
  const [result, reexecute] = useQuery<PersonData & BodyData>({ query: isPerson ? PERSON : BODY, variables: { id, n } });
  const graph = useMemo(() => {
    if (!result.data) return null;
    const g = isPerson ? personGraph(result.data, limit) : bodyGraph(result.data, limit);
    // the API gives at most MAX_PAGE items a page: past that, the network stops growing
    return n >= MAX_PAGE ? { ...g, more: g.more && g.nodes.length >= limit } : g;
  }, [result.data, limit, isPerson, n]);
  useTitle(graph ? `${t('network')}: ${graph.name}` : t('network'));
  const openNode = (n: GNode) => route(n.kind === 'person' ? paths.person(n.id) : paths.body(n.id));

  if (kind !== 'person' && kind !== 'body') return <p class="state empty">{t('notFound')}</p>;
  if (result.error && !result.data) return <ErrorState error={result.error} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!graph) return <Loading label={t('drawing')} />;
  const centerHref = isPerson ? paths.person(id) : paths.body(id);
  return (
    <article class="page network-page">
      <header class="page-head">
        <p class="kicker">{t('network')}</p>
        <h1>
          {t('networkOf')} <a href={centerHref}>{graph.name}</a>
        </h1>
        <p class="muted">{t('networkHelp')}</p>
        <p class="legend" aria-hidden="true">
          <span class="dot person" /> {t('legendPerson')} <span class="dot body" /> {t('legendBody')} <span class="dot center" /> {t('legendCenter')}
        </p>
      </header>
      <Drawing graph={graph} onOpen={openNode} />
      <p class="network-status" role="status">
        {graph.nodes.length} {t('nodesShown')}
        {result.fetching && ` · ${t('loading')}`}{' '}
        {graph.more && (
          <button type="button" class="more" onClick={() => setLimit(limit + NODE_STEP)} disabled={result.fetching}>
            {t('showMore')}
          </button>
        )}
      </p>
      <section class="card">
        <h2>{t('nodeList')}</h2>
        <ul class="node-list">
          {graph.nodes.map((n) => (
            <li key={n.id} class={n.kind}>
              <a href={n.kind === 'person' ? paths.person(n.id) : paths.body(n.id)}>{n.label}</a>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
