/**
 * The engine's view of a graphology store: GraphAccess for the value library, lazily built indexes
 * kept up to date by every write (labels, (label, key) -> value -> nodes, relationship type), stable
 * integer ids, and a write log: every write records its inverse (undo, for statement atomicity) and
 * itself (redo, for committing a transaction's copy onto the shared graph).
 */
import type { MultiDirectedGraph } from 'graphology';
import { groupKey } from '../values/equality';
import {
  CypherError,
  NodeValue,
  RelationshipValue,
  type CypherMap,
  type CypherValue,
  type GraphAccess,
} from '../values/types';
import { fromStoreValue, type StoreValue } from './storeValue';
import { TypeIndex } from './typeIndex';
import { PropertyLog, SlotHeads } from './propertyLog';
import { useAdjacencyDictionaries } from '../../store/adjacencyDictionaries';

export interface NodeAttrs {
  /** never changed in place: a label write gives the node a new list (nodes may share one) */
  labels: string[];
  properties: Record<string, StoreValue>;
}
export interface EdgeAttrs {
  type: string;
  properties: Record<string, StoreValue>;
}
export type StoreGraph = MultiDirectedGraph<NodeAttrs, EdgeAttrs>;

export type WriteOp =
  | { op: 'addNode'; key: string; labels: string[]; properties: Record<string, StoreValue> }
  | { op: 'dropNode'; key: string }
  | { op: 'addEdge'; key: string; type: string; source: string; target: string; properties: Record<string, StoreValue> }
  | { op: 'dropEdge'; key: string };

/** Key and id allocation state of a store (stable integer ids for id(), the next generated key). */
export interface SharedIds {
  nodeIds: Map<string, bigint>;
  edgeIds: Map<string, bigint>;
  next: bigint;
  keySeq: number;
}

/**
 * A statement's record of one entity it wrote to. For an entity that existed before, `props` and
 * `labels` are its state before the statement's first write, which is how the statement is undone and
 * how its statistics are counted. Property writes go to the live object in place, so the first one
 * copies it when it is still the snapshot (`shared`).
 */
interface Touched {
  existed: boolean;
  props: Record<string, StoreValue> | null;
  labels: string[] | null;
  /** the live attribute object (null for a relationship created by the statement: looked up) */
  attrs: NodeAttrs | EdgeAttrs | null;
  shared: boolean;
}

/** what it takes to undo one statement: its structural inverse ops, oldest first, and what it touched */
interface StatementUndo {
  ops: WriteOp[];
  /** what it created, in order (no Touched records: nothing to restore, only to drop) */
  createdNodes: Created<NodeAttrs>;
  createdEdges: Created<EdgeAttrs>;
  nodes: Map<string, Touched>;
  edges: Map<string, Touched>;
  /** single-property writes to nodes that existed (those without a Touched record) */
  props: PropertyLog<NodeAttrs>;
}

const NODE = 1;
const EDGE = 2;

/** the record a write asks for when its entity was created by the statement itself: nothing to keep */
const FRESH: Touched = Object.freeze({ existed: false, props: null, labels: null, attrs: null, shared: false }) as Touched;

export interface WriteStats {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
  propertiesRemoved: number;
  labelsAdded: number;
  labelsRemoved: number;
}

/** the statistics of a statement that changed nothing (shared: results' statistics are never written) */
export const NO_CHANGES: Readonly<WriteStats> = Object.freeze(emptyStats());

function emptyStats(): WriteStats {
  return { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0, propertiesRemoved: 0, labelsAdded: 0, labelsRemoved: 0 };
}

/**
 * a node value that remembers its attribute object, valid while the store has dropped no node since
 * (property and label writes keep the attribute object; only a drop retires it)
 */
export class StoreNode extends NodeValue {
  /** `slot`: the node's slot in the slot index when known (-1: look it up), valid as long as `attrs` is */
  constructor(key: string, readonly attrs: NodeAttrs, readonly store: GraphStore, readonly epoch: number, public slot = -1) {
    super(key);
  }
}

/** a node value made by a scan of the slot index: its properties are read from the index's columns */
export class SlotNode extends StoreNode {
  constructor(key: string, attrs: NodeAttrs, store: GraphStore, epoch: number, slot: number) {
    super(key, attrs, store, epoch, slot);
  }
  /**
   * Make this value stand for another slot's node: only for a scan's scratch value that nothing can
   * keep (its expressions read properties of it and nothing else)
   */
  moveTo(slot: number, key: string, attrs: NodeAttrs): void {
    this.slot = slot;
    (this as { key: string }).key = key;
    (this as { attrs: NodeAttrs }).attrs = attrs;
  }
}

export class GraphStore implements GraphAccess {
  private labelIdx: Map<string, Map<string, NodeAttrs>> | null = null;
  /** label -> property key -> value key (indexKey) -> nodes */
  private propIdx = new Map<string, LabelProps>();
  private typeIdx: TypeIndex | null = null;
  /** inverse ops of the current statement's deletions, newest last (creations are in the created lists) */
  private undoLog: WriteOp[] | null = null;
  private touchedNodes = new Map<string, Touched>();
  /**
   * The statement's first single-property writes to nodes that existed before it and have no Touched
   * record (see propertyLog.ts): `SET n.p = v` on an existing node costs an entry here, not a record,
   * a map entry and a copy of its properties. A node that later needs a Touched record (labels,
   * SET n = map, delete) gets one holding its state before, rebuilt from these entries.
   */
  private readonly slotHeads = new SlotHeads();
  private propLog = new PropertyLog<NodeAttrs>(this.slotHeads);
  /**
   * What the current statement created, in order: plain lists, not Touched records (a statement
   * creating 10k entities would otherwise fill maps it only iterates). Created keys are `_n` / `_r` +
   * a base-36 sequence number; createdKinds says, by sequence number minus createdFrom, whether the
   * statement used that number for a node (1) or a relationship (2), so isFresh() tells a created key
   * from a user's key of the same form without a lookup.
   */
  private createdNodes = new Created<NodeAttrs>();
  private createdEdges = new Created<EdgeAttrs>();
  private createdFrom = 0;
  private createdKinds = new Uint8Array(64);
  /**
   * Nodes created since the last relationship creation, whose neighbour indexes become dictionaries
   * before relationships are added (graphology's per-neighbour-key hidden classes were a third of a
   * 1M-relationship import's CPU; see store/adjacencyDictionaries.ts); a list, so that statements that
   * only create nodes pay an array push per node and no lookup.
   */
  private newNeighbourIndexes: string[] = [];
  private touchedEdges = new Map<string, Touched>();
  private labelsBefore: Set<string> | null = null;
  /** entities deleted by the current statement, with their last state (RETURN of a deleted node) */
  readonly deletedNodes = new Map<string, NodeAttrs>();
  readonly deletedEdges = new Map<string, { attrs: EdgeAttrs; source: string; target: string }>();
  /** bumped by every write: cached per-statement derived data can check it */
  version = 0;
  /** bumped whenever a node leaves the graph: node values holding attribute objects check it */
  private dropEpoch = 0;
  /** the property column read last through a SlotNode (columns are live views: never stale) */
  private lastColumnProp: string | null = null;
  private lastColumn: (StoreValue | undefined)[] | null = null;

  constructor(
    readonly graph: StoreGraph,
    readonly shared: SharedIds = { nodeIds: new Map(), edgeIds: new Map(), next: 0n, keySeq: 0 },
  ) {}

  // ------------------------------------------------------------ GraphAccess
  nodeExists(key: string): boolean {
    return this.graph.hasNode(key);
  }
  relationshipExists(key: string): boolean {
    return this.graph.hasEdge(key);
  }
  nodeAttrs(key: string): NodeAttrs {
    if (this.graph.hasNode(key)) return this.graph.getNodeAttributes(key);
    const d = this.deletedNodes.get(key);
    if (d) return d;
    throw new CypherError('EntityNotFound', 'EntityNotFound', `cypher: node ${key} does not exist`, 'runtime');
  }
  edgeAttrs(key: string): EdgeAttrs {
    if (this.graph.hasEdge(key)) return this.graph.getEdgeAttributes(key);
    const d = this.deletedEdges.get(key);
    if (d) return d.attrs;
    throw new CypherError('EntityNotFound', 'EntityNotFound', `cypher: relationship ${key} does not exist`, 'runtime');
  }
  labels(node: NodeValue): string[] {
    if (this.deletedNodes.size > 0 && this.deletedNodes.has(node.key)) {
      throw new CypherError('EntityNotFound', 'DeletedEntityAccess', 'cypher: the node was deleted by this query', 'runtime');
    }
    return this.nodeAttrs(node.key).labels.slice();
  }
  nodeProperties(node: NodeValue): CypherMap {
    return decodeProps(this.nodeAttrs(node.key).properties);
  }
  relationshipType(rel: RelationshipValue): string {
    return this.edgeAttrs(rel.key).type;
  }
  relationshipProperties(rel: RelationshipValue): CypherMap {
    return decodeProps(this.edgeAttrs(rel.key).properties);
  }
  startNode(rel: RelationshipValue): NodeValue {
    return new NodeValue(this.source(rel.key));
  }
  endNode(rel: RelationshipValue): NodeValue {
    return new NodeValue(this.target(rel.key));
  }
  source(edge: string): string {
    if (this.graph.hasEdge(edge)) return this.graph.source(edge);
    const d = this.deletedEdges.get(edge);
    if (d) return d.source;
    throw new CypherError('EntityNotFound', 'EntityNotFound', `cypher: relationship ${edge} does not exist`, 'runtime');
  }
  target(edge: string): string {
    if (this.graph.hasEdge(edge)) return this.graph.target(edge);
    const d = this.deletedEdges.get(edge);
    if (d) return d.target;
    throw new CypherError('EntityNotFound', 'EntityNotFound', `cypher: relationship ${edge} does not exist`, 'runtime');
  }
  nodeId(node: NodeValue): bigint {
    return this.idOf(this.shared.nodeIds, node.key);
  }
  relationshipId(rel: RelationshipValue): bigint {
    return this.idOf(this.shared.edgeIds, rel.key);
  }
  private idOf(map: Map<string, bigint>, key: string): bigint {
    let id = map.get(key);
    if (id === undefined) {
      id = this.shared.next++;
      map.set(key, id);
    }
    return id;
  }
  /** a node value for a slot of the slot index (property reads from its columns until the next write) */
  slotNodeValue(slot: number): SlotNode {
    const idx = this.typeIndex();
    return new SlotNode(idx.nodeKeys[slot]!, idx.nodeAttrs[slot]!, this, this.dropEpoch, slot);
  }
  /** a node value carrying its attributes (cheap property reads until the next write) */
  nodeValue(key: string, attrs: NodeAttrs, slot = -1): StoreNode {
    return new StoreNode(key, attrs, this, this.dropEpoch, slot);
  }
  /** the node value of an index entry: the entry itself while it is current */
  entryValue(e: NodeEntry): NodeValue {
    return e.epoch === this.dropEpoch ? e : this.nodeValue(e.key, e.attrs, e.slot);
  }
  /** the node value's slot when it carries a valid one, else -1 */
  slotHint(node: NodeValue): number {
    return node instanceof StoreNode && node.store === this && node.epoch === this.dropEpoch ? node.slot : -1;
  }
  /** a node property, decoded; null when absent */
  propertyOfNode(node: NodeValue, prop: string): CypherValue {
    if (node instanceof SlotNode && node.store === this && node.epoch === this.dropEpoch && this.typeIdx) {
      // scans read one property over and over: keep its column at hand
      if (prop !== this.lastColumnProp) {
        this.lastColumn = this.typeIdx.propertyColumn(prop);
        this.lastColumnProp = prop;
      }
      const raw = this.lastColumn![node.slot];
      return raw === undefined ? null : fromStoreValue(raw);
    }
    const attrs = node instanceof StoreNode && node.store === this && node.epoch === this.dropEpoch ? node.attrs : this.nodeAttrs(node.key);
    const v = attrs.properties[prop];
    return v === undefined ? null : fromStoreValue(v);
  }
  /** a node property, decoded; null when absent */
  nodeProperty(key: string, prop: string): CypherValue {
    const v = this.nodeAttrs(key).properties[prop];
    return v === undefined ? null : fromStoreValue(v);
  }
  edgeProperty(key: string, prop: string): CypherValue {
    const v = this.edgeAttrs(key).properties[prop];
    return v === undefined ? null : fromStoreValue(v);
  }

  // ------------------------------------------------------------ indexes
  private labelIndex(): Map<string, Map<string, NodeAttrs>> {
    if (!this.labelIdx) {
      const idx = new Map<string, Map<string, NodeAttrs>>();
      this.graph.forEachNode((key, attrs) => {
        for (const l of attrs.labels) {
          let m = idx.get(l);
          if (!m) idx.set(l, (m = new Map()));
          m.set(key, attrs);
        }
      });
      this.labelIdx = idx;
    }
    return this.labelIdx;
  }
  /** nodes carrying `label` (live view: do not mutate) */
  nodesWithLabel(label: string): Map<string, NodeAttrs> {
    return this.labelIndex().get(label) ?? EMPTY_MAP;
  }
  labelCount(label: string): number {
    return this.labelIndex().get(label)?.size ?? 0;
  }
  allLabels(): string[] {
    return [...this.labelIndex()].filter(([, m]) => m.size > 0).map(([l]) => l);
  }
  /** keys of the nodes with `label` whose property `prop` may equal `value` (callers re-check) */
  nodesByProperty(label: string, prop: string, value: CypherValue): readonly string[] {
    const p = this.nodePostings(label, prop, value);
    return p === undefined ? EMPTY_LIST : p instanceof Map ? [...p.keys()] : [p.key];
  }
  /**
   * The index postings for (label, prop, value): the lone node holding the value (the usual case for
   * ids), a map of them by key, or none. Every entry is a live node with `label`; its `prop` equals
   * `value` when `value` is a string that does not start with NUL (the postings key is the string
   * itself), and may otherwise only share its index key (callers re-check). Live view: do not mutate.
   */
  nodePostings(label: string, prop: string, value: CypherValue): NodeEntry | Map<string, NodeEntry> | undefined {
    let byProp = this.propIdx.get(label);
    if (!byProp) this.propIdx.set(label, (byProp = new LabelProps()));
    let idx = byProp.byProp.get(prop);
    if (!idx) {
      idx = new Map();
      for (const [key, attrs] of this.nodesWithLabel(label)) {
        const v = attrs.properties[prop];
        if (v !== undefined && v !== null) addPosting(idx, storedIndexKey(v), this.nodeValue(key, attrs, this.typeIdx?.slotOf.get(key) ?? -1));
      }
      byProp.add(prop, idx);
    }
    return idx.get(indexKey(value));
  }
  /** the relationship-type index (built at first use, then kept up to date by every write) */
  typeIndex(): TypeIndex {
    if (!this.typeIdx) {
      const idx = (this.typeIdx = new TypeIndex(this.graph));
      // property postings made before the slot index learn their nodes' slots now
      for (const lp of this.propIdx.values()) {
        for (const postings of lp.idxs) {
          postings.forEach((p) => {
            if (p instanceof Map) p.forEach((e) => void (e.slot = idx.slotOf.get(e.key) ?? -1));
            else p.slot = idx.slotOf.get(p.key) ?? -1;
          });
        }
      }
    }
    return this.typeIdx;
  }
  /** how many relationships have `type` */
  typeCount(type: string): number {
    return this.typeIndex().count(type);
  }
  allTypes(): string[] {
    return this.typeIndex().types();
  }

  /**
   * add or remove index entries for the node's labels; `live` is the attribute object the label index
   * keeps, `entry` the node's index entry when there is one already (a created node's value)
   */
  private indexNode(key: string, attrs: NodeAttrs, add: boolean, live: NodeAttrs = attrs, slot = -1, entry: StoreNode | null = null): void {
    if (this.labelIdx) {
      for (let li = 0; li < attrs.labels.length; li++) {
        const l = attrs.labels[li];
        let m = this.labelIdx.get(l);
        if (add) {
          if (!m) this.labelIdx.set(l, (m = new Map()));
          m.set(key, live);
        } else m?.delete(key);
      }
    }
    if (this.propIdx.size === 0) return;
    for (let li = 0; li < attrs.labels.length; li++) {
      const l = attrs.labels[li];
      const byProp = this.propIdx.get(l);
      if (!byProp) continue;
      // parallel arrays, not the map's entries: no iterator or entry arrays per node written
      const { props, idxs } = byProp;
      for (let i = 0; i < props.length; i++) {
        const p = props[i];
        const idx = idxs[i];
        const v = attrs.properties[p];
        if (v === undefined || v === null) continue;
        const vk = storedIndexKey(v);
        if (add) addPosting(idx, vk, entry ?? this.nodeValue(key, live, slot));
        else removePosting(idx, vk, key);
      }
    }
  }

  /** property index upkeep when a node's properties change (labels unchanged) */
  private reindexProps(key: string, attrs: NodeAttrs, before: Record<string, StoreValue>, after: Record<string, StoreValue>): void {
    if (this.propIdx.size === 0) return;
    for (let li = 0; li < attrs.labels.length; li++) {
      const l = attrs.labels[li];
      const byProp = this.propIdx.get(l);
      if (!byProp) continue;
      const { props, idxs } = byProp;
      for (let i = 0; i < props.length; i++) {
        const p = props[i];
        const idx = idxs[i];
        const a = before[p];
        const b = after[p];
        if (a === b) continue;
        const ka = a === undefined || a === null ? null : storedIndexKey(a);
        const kb = b === undefined || b === null ? null : storedIndexKey(b);
        // an unchanged key keeps its posting: a scan of it must not meet the node again
        if (ka === kb) continue;
        if (ka !== null) removePosting(idx, ka, key);
        if (kb !== null) addPosting(idx, kb, this.nodeValue(key, attrs, -1));
      }
    }
  }

  /** property index upkeep when one property of a node changes */
  private reindexProp(key: string, attrs: NodeAttrs, prop: string, before: StoreValue | undefined, after: StoreValue | undefined, slot: number): void {
    if (before === after) return;
    for (let li = 0; li < attrs.labels.length; li++) {
      const l = attrs.labels[li];
      const idx = this.propIdx.get(l)?.byProp.get(prop);
      if (!idx) continue;
      const ka = before === undefined || before === null ? null : storedIndexKey(before);
      const kb = after === undefined || after === null ? null : storedIndexKey(after);
      if (ka === kb) continue;
      if (ka !== null) removePosting(idx, ka, key);
      if (kb !== null) addPosting(idx, kb, this.nodeValue(key, attrs, slot));
    }
  }

  // ------------------------------------------------------------ statements
  /** start recording a statement's writes */
  beginStatement(): void {
    this.undoLog = [];
    this.finish();
  }
  /** undo every write of the current statement */
  rollbackStatement(): void {
    const log = this.undoLog;
    this.undoLog = null;
    if (log) this.undo({ ops: log, createdNodes: this.createdNodes, createdEdges: this.createdEdges, nodes: this.touchedNodes, edges: this.touchedEdges, props: this.propLog });
    this.finish();
  }
  /** keep the statement's writes and return what changed */
  commitStatement(): Readonly<WriteStats> {
    const touched = this.touchedNodes.size > 0 || this.touchedEdges.size > 0 || this.createdNodes.length > 0 || this.createdEdges.length > 0 || this.propLog.length > 0;
    // nothing touched (read-only statements): every count is zero
    const stats = !touched && this.labelsBefore === null ? NO_CHANGES : this.computeStats();
    if (this.txUndo && this.undoLog && (touched || this.undoLog.length > 0)) {
      // the transaction keeps this statement's way back: hand the maps over instead of clearing them
      this.txUndo.push({ ops: this.undoLog, createdNodes: this.createdNodes, createdEdges: this.createdEdges, nodes: this.touchedNodes, edges: this.touchedEdges, props: this.propLog });
      this.touchedNodes = new Map();
      this.propLog = new PropertyLog(this.slotHeads);
      this.createdNodes = new Created();
      this.createdEdges = new Created();
      this.touchedEdges = new Map();
    }
    this.undoLog = null;
    this.finish();
    return stats;
  }

  /**
   * In-place transactions: while one is open, the way back of every committed statement is kept, so
   * rollbackTransaction() can take the whole transaction back. The caller guarantees exclusivity
   * (nobody else reads or writes the store until commit or rollback).
   */
  private txUndo: StatementUndo[] | null = null;
  beginTransaction(): void {
    this.txUndo = [];
  }
  commitTransaction(): void {
    this.txUndo = null;
  }
  rollbackTransaction(): void {
    const log = this.txUndo;
    this.txUndo = null;
    if (log) for (let i = log.length - 1; i >= 0; i--) this.undo(log[i]);
    this.version++;
  }
  get inTransaction(): boolean {
    return this.txUndo !== null;
  }

  /**
   * Take one statement back: first its deletions (newest first), then its creations, then the
   * properties and labels of every entity it changed, as they were before its first write.
   */
  private undo(u: StatementUndo): void {
    const g = this.graph;
    for (let i = u.ops.length - 1; i >= 0; i--) this.apply(u.ops[i]);
    // creations are not logged: what the statement created is in its touched maps
    for (const [key, t] of u.edges) if (!t.existed && g.hasEdge(key)) this.apply({ op: 'dropEdge', key });
    for (const [key, t] of u.nodes) if (!t.existed && g.hasNode(key)) this.apply({ op: 'dropNode', key });
    for (let i = u.createdEdges.length - 1; i >= 0; i--) if (g.hasEdge(u.createdEdges.keys[i])) this.apply({ op: 'dropEdge', key: u.createdEdges.keys[i] });
    for (let i = u.createdNodes.length - 1; i >= 0; i--) if (g.hasNode(u.createdNodes.keys[i])) this.apply({ op: 'dropNode', key: u.createdNodes.keys[i] });
    for (const [key, t] of u.edges) {
      if (t.existed && g.hasEdge(key)) g.getEdgeAttributes(key).properties = t.props!;
    }
    // single-property writes, newest first (looked up by key: an undone deletion made a new attribute object)
    const p = u.props;
    for (let i = p.length - 1; i >= 0; i--) {
      const key = p.keys[i];
      if (p.attrs[i] === null || !g.hasNode(key)) continue;
      const attrs = g.getNodeAttributes(key);
      const prop = p.props[i];
      const now = attrs.properties[prop];
      const before = p.before[i];
      if (before === undefined) delete attrs.properties[prop];
      else attrs.properties[prop] = before;
      this.reindexOne(key, attrs, prop, now, before, -1);
    }
    for (const [key, t] of u.nodes) {
      if (!t.existed || !g.hasNode(key)) continue;
      const attrs = g.getNodeAttributes(key);
      this.indexNode(key, attrs, false);
      attrs.labels = t.labels!;
      attrs.properties = t.props!;
      this.indexNode(key, attrs, true);
      this.typeIdx?.relabel(key, attrs);
      this.typeIdx?.reprop(key, attrs);
    }
    this.version++;
    this.dropEpoch++;
  }
  private finish(): void {
    this.typeIdx?.maintain();
    if (this.touchedNodes.size) this.touchedNodes.clear();
    if (this.touchedEdges.size) this.touchedEdges.clear();
    if (this.propLog.length) this.propLog.reset();
    this.slotHeads.next();
    if (this.createdNodes.length) this.createdNodes.reset();
    if (this.createdEdges.length) this.createdEdges.reset();
    const used = Math.min(this.createdKinds.length, this.shared.keySeq - this.createdFrom);
    if (used > 0) this.createdKinds.fill(0, 0, used);
    this.createdFrom = this.shared.keySeq;
    if (this.deletedNodes.size) this.deletedNodes.clear();
    if (this.deletedEdges.size) this.deletedEdges.clear();
    this.labelsBefore = null;
  }
  /** keys of the nodes the current statement created or changed (uniqueness checks look only at these) */
  *touchedNodeKeys(): IterableIterator<string> {
    const created = this.createdNodes;
    for (let i = 0; i < created.length; i++) yield created.keys[i];
    yield* this.touchedNodes.keys();
    // each logged node once (its first entry); a retired node is among the touched ones
    const log = this.propLog;
    for (let i = 0; i < log.length; i++) if (log.attrs[i] !== null && log.firstOfNode(i)) yield log.keys[i];
  }

  private record(forward: WriteOp): void {
    this.version++;
    const inverse = this.apply(forward);
    if (this.undoLog) this.undoLog.push(inverse);
  }

  /** perform one structural op (with index upkeep) and return its inverse */
  apply(op: WriteOp): WriteOp {
    const g = this.graph;
    switch (op.op) {
      case 'addNode': {
        const attrs: NodeAttrs = { labels: op.labels.slice(), properties: { ...op.properties } };
        g.addNode(op.key, attrs);
        this.indexNode(op.key, attrs, true);
        this.typeIdx?.addNode(op.key, attrs);
        return { op: 'dropNode', key: op.key };
      }
      case 'dropNode': {
        const attrs = g.getNodeAttributes(op.key);
        this.indexNode(op.key, attrs, false);
        if (this.typeIdx) {
          // graphology drops attached relationships with the node: the index must too
          const idx = this.typeIdx;
          g.forEachEdge(op.key, (e, a, source) => idx.dropEdge(e, a.type, source));
          idx.dropNode(op.key);
        }
        g.dropNode(op.key);
        this.dropEpoch++;
        return { op: 'addNode', key: op.key, labels: attrs.labels, properties: attrs.properties };
      }
      case 'addEdge': {
        g.addDirectedEdgeWithKey(op.key, op.source, op.target, { type: op.type, properties: { ...op.properties } });
        this.typeIdx?.addEdge(op.key, g.getEdgeAttributes(op.key), op.source, op.target);
        return { op: 'dropEdge', key: op.key };
      }
      case 'dropEdge': {
        const attrs = g.getEdgeAttributes(op.key);
        const source = g.source(op.key);
        const inv: WriteOp = { op: 'addEdge', key: op.key, type: attrs.type, source, target: g.target(op.key), properties: attrs.properties };
        g.dropEdge(op.key);
        this.typeIdx?.dropEdge(op.key, attrs.type, source);
        return inv;
      }
    }
  }

  // ------------------------------------------------------------ writes
  private snapshotLabels(): void {
    if (!this.labelsBefore) this.labelsBefore = new Set(this.allLabels());
  }
  /** the statement's record of an existing node, made at its first write: it keeps the state before */
  private touchNode(key: string, attrs: NodeAttrs): Touched {
    if (this.createdNodes.length > 0 && this.isFresh(key, NODE)) return FRESH;
    // single-property writes logged so far: the state before is rebuilt from them
    const was = this.propLog.length > 0 ? this.propLog.retire(key, this.slotOf(key), attrs.properties) : null;
    const t: Touched = was ? { existed: true, props: was, labels: attrs.labels, attrs, shared: false } : { existed: true, props: attrs.properties, labels: attrs.labels, attrs, shared: true };
    this.touchedNodes.set(key, t);
    return t;
  }
  /** the node's slot in the slot index, -1 when there is none */
  private slotOf(key: string): number {
    return this.typeIdx?.slotOf.get(key) ?? -1;
  }
  /** whether the current statement created the node (NODE) or relationship (EDGE) with this key */
  private isFresh(key: string, kind: typeof NODE | typeof EDGE): boolean {
    if (key.charCodeAt(0) !== 95 /* _ */ || key.charCodeAt(1) !== (kind === NODE ? 110 /* n */ : 114) /* r */) return false;
    const seq = keySeqOf(key);
    const i = seq - this.createdFrom;
    return i >= 0 && i < this.createdKinds.length && this.createdKinds[i] === kind;
  }
  /** record that the statement used key sequence number `seq` for a new entity of `kind` */
  private markCreated(seq: number, kind: typeof NODE | typeof EDGE): void {
    const i = seq - this.createdFrom;
    if (i >= this.createdKinds.length) {
      const grown = new Uint8Array(Math.max(i + 1, this.createdKinds.length * 2));
      grown.set(this.createdKinds);
      this.createdKinds = grown;
    }
    this.createdKinds[i] = kind;
  }
  private touchEdge(key: string, attrs: EdgeAttrs): Touched {
    if (this.createdEdges.length > 0 && this.isFresh(key, EDGE)) return FRESH;
    const t: Touched = { existed: true, props: attrs.properties, labels: null, attrs, shared: true };
    this.touchedEdges.set(key, t);
    return t;
  }
  /**
   * The live attributes of a node for writing, read from a node value when it still carries them.
   * Throws for a node that no longer exists.
   */
  writableNode(node: NodeValue): NodeAttrs {
    if (node instanceof StoreNode && node.store === this && node.epoch === this.dropEpoch) return node.attrs;
    if (!this.graph.hasNode(node.key)) throw new CypherError('EntityNotFound', 'EntityNotFound', `cypher: node ${node.key} does not exist`, 'runtime');
    return this.graph.getNodeAttributes(node.key);
  }
  /** whether a node is in the graph (no lookup for a node value that still carries its attributes) */
  isLive(node: NodeValue): boolean {
    return (node instanceof StoreNode && node.store === this && node.epoch === this.dropEpoch) || this.graph.hasNode(node.key);
  }
  /** the live attributes of a relationship for writing; throws for one that no longer exists */
  writableEdge(key: string): EdgeAttrs {
    try {
      return this.graph.getEdgeAttributes(key);
    } catch {
      throw new CypherError('EntityNotFound', 'EntityNotFound', `cypher: relationship ${key} does not exist`, 'runtime');
    }
  }

  /**
   * A new node. `labels` (distinct) becomes its label list and may be shared with other nodes (label
   * lists are never changed in place); `properties` becomes its own object: callers pass a fresh one.
   */
  createNode(labels: string[], properties: Record<string, StoreValue>): StoreNode {
    this.snapshotLabels();
    const attrs: NodeAttrs = { labels, properties };
    for (;;) {
      // graphology's addNode checks the key anyway: only a clash (a user key like `_n5`) retries
      const seq = this.shared.keySeq++;
      const key = `_n${seq.toString(36)}`;
      try {
        this.graph.addNode(key, attrs);
      } catch (e) {
        if (this.graph.hasNode(key)) continue;
        throw e;
      }
      this.version++;
      const slot = this.typeIdx ? this.typeIdx.addNode(key, attrs) : -1;
      // the new node's value is also its index entry
      const node = this.nodeValue(key, attrs, slot);
      this.indexNode(key, attrs, true, attrs, slot, node);
      this.createdNodes.add(key, attrs);
      this.markCreated(seq, NODE);
      if (this.newNeighbourIndexes.length < MAX_PENDING_NEIGHBOUR_INDEXES) this.newNeighbourIndexes.push(key);
      return node;
    }
  }
  createEdge(type: string, source: string, target: string, properties: Record<string, StoreValue>): string {
    if (this.newNeighbourIndexes.length > 0) {
      useAdjacencyDictionaries(this.graph, this.newNeighbourIndexes);
      this.newNeighbourIndexes = [];
    }
    for (;;) {
      const seq = this.shared.keySeq++;
      const key = `_r${seq.toString(36)}`;
      // `properties` becomes the relationship's own object: callers pass a fresh one
      const attrs: EdgeAttrs = { type, properties };
      try {
        this.version++;
        this.graph.addDirectedEdgeWithKey(key, source, target, attrs);
      } catch (e) {
        if (!this.graph.hasNode(source) || !this.graph.hasNode(target)) {
          throw new CypherError('EntityNotFound', 'DeletedEntityAccess', 'cypher: cannot create a relationship to a deleted node', 'runtime');
        }
        if (this.graph.hasEdge(key)) continue;
        throw e;
      }
      this.typeIdx?.addEdge(key, attrs, source, target);
      this.createdEdges.add(key, attrs);
      this.markCreated(seq, EDGE);
      return key;
    }
  }
  /** set (or, with null, remove) one property of a node, in place; `slot`: its slot when known (slotHint) */
  setNodeProperty(key: string, prop: string, value: StoreValue, attrs: NodeAttrs = this.graph.getNodeAttributes(key), slot = -1): void {
    // an existing node's removed property goes through its Touched record: undoing the removal gives
    // back its properties object, key order included, where a logged value would be added at the end
    let t = this.touchedNodes.size > 0 ? this.touchedNodes.get(key) : undefined;
    if (t === undefined && value === null) t = this.touchNode(key, attrs);
    if (t !== undefined) {
      if (t.shared) {
        attrs.properties = { ...attrs.properties };
        t.shared = false;
      }
    }
    const props = attrs.properties;
    const before = props[prop];
    if (t === undefined && !(this.createdNodes.length > 0 && this.isFresh(key, NODE))) {
      if (slot < 0) slot = this.slotOf(key);
      // (never a removal here: see above)
      this.propLog.record(key, attrs, prop, slot, before, value as Exclude<StoreValue, null>);
    }
    if (value === null) {
      if (before === undefined) return;
      delete props[prop];
    } else props[prop] = value;
    this.version++;
    this.reindexOne(key, attrs, prop, before, value === null ? undefined : value, slot);
  }
  /** index upkeep for one property of a node (undefined: absent); the columns hold values, not the properties object */
  private reindexOne(key: string, attrs: NodeAttrs, prop: string, before: StoreValue | undefined, after: StoreValue | undefined, slot: number): void {
    if (this.propIdx.size > 0) this.reindexProp(key, attrs, prop, before, after, slot);
    this.typeIdx?.repropOne(key, prop, after, slot);
  }
  /** give a node a new properties object (SET n = map, SET n += map); `properties` must be fresh */
  replaceNodeProperties(key: string, properties: Record<string, StoreValue>, attrs: NodeAttrs = this.graph.getNodeAttributes(key)): void {
    const t = this.touchedNodes.get(key) ?? this.touchNode(key, attrs);
    if (t.shared) t.shared = false;
    const before = attrs.properties;
    attrs.properties = properties;
    this.version++;
    this.reindexProps(key, attrs, before, properties);
    this.typeIdx?.reprop(key, attrs);
  }
  setEdgeProperty(key: string, prop: string, value: StoreValue, attrs: EdgeAttrs = this.graph.getEdgeAttributes(key)): void {
    const t = this.touchedEdges.get(key) ?? this.touchEdge(key, attrs);
    if (t.shared) {
      attrs.properties = { ...attrs.properties };
      t.shared = false;
    }
    if (value === null) {
      if (!(prop in attrs.properties)) return;
      delete attrs.properties[prop];
    } else attrs.properties[prop] = value;
    this.version++;
  }
  replaceEdgeProperties(key: string, properties: Record<string, StoreValue>, attrs: EdgeAttrs = this.graph.getEdgeAttributes(key)): void {
    const t = this.touchedEdges.get(key) ?? this.touchEdge(key, attrs);
    if (t.shared) t.shared = false;
    attrs.properties = properties;
    this.version++;
  }
  setLabels(key: string, labels: string[], attrs: NodeAttrs = this.graph.getNodeAttributes(key)): void {
    this.snapshotLabels();
    if (!this.touchedNodes.has(key)) this.touchNode(key, attrs);
    this.version++;
    // index entries change only for the labels that come or go: a scan of a kept label (MATCH (n:A)
    // SET n:B) must not meet the node again
    const before = attrs.labels;
    attrs.labels = labels.slice();
    this.indexNode(key, { labels: before.filter((l) => !labels.includes(l)), properties: attrs.properties }, false);
    this.indexNode(key, { labels: labels.filter((l) => !before.includes(l)), properties: attrs.properties }, true, attrs);
    this.typeIdx?.relabel(key, attrs);
  }
  deleteEdge(key: string): void {
    if (!this.graph.hasEdge(key)) return;
    const attrs = this.graph.getEdgeAttributes(key);
    if (!this.touchedEdges.has(key)) this.touchEdge(key, attrs);
    this.deletedEdges.set(key, { attrs, source: this.graph.source(key), target: this.graph.target(key) });
    this.record({ op: 'dropEdge', key });
  }
  /** delete a node; with detach its relationships go first, otherwise they must already be gone */
  deleteNode(key: string, detach: boolean): void {
    if (!this.graph.hasNode(key)) return;
    if (detach) for (const e of this.graph.edges(key)) this.deleteEdge(e);
    this.snapshotLabels();
    const attrs = this.graph.getNodeAttributes(key);
    if (!this.touchedNodes.has(key)) this.touchNode(key, attrs);
    this.deletedNodes.set(key, attrs);
    this.record({ op: 'dropNode', key });
  }

  private computeStats(): WriteStats {
    const s = emptyStats();
    // Map.forEach and module-level helpers: no entry arrays or closures per touched entity
    const gone = this.deletedNodes;
    s.nodesCreated += this.createdNodes.count(gone, s);
    countLogged(s, this.propLog);
    if (gone.size === 0) this.touchedNodes.forEach((t) => diffTouched(s, t, t.attrs!.properties, true));
    else this.touchedNodes.forEach((t, key) => diffTouched(s, t, gone.has(key) ? null : t.attrs!.properties, true));
    const goneEdges = this.deletedEdges;
    s.relationshipsCreated += this.createdEdges.count(goneEdges, s);
    this.touchedEdges.forEach((t, key) => {
      diffTouched(s, t, goneEdges.size > 0 && goneEdges.has(key) ? null : (t.attrs ?? this.graph.getEdgeAttributes(key)).properties, false);
    });
    if (this.labelsBefore) {
      const after = new Set(this.allLabels());
      for (const l of after) if (!this.labelsBefore.has(l)) s.labelsAdded++;
      for (const l of this.labelsBefore) if (!after.has(l)) s.labelsRemoved++;
    }
    return s;
  }
}

/**
 * The sequence number in a generated key (`_n` / `_r` + the number in lowercase base 36, as
 * `toString(36)` writes it), or -1 when the rest of the key is not such a number; no allocation.
 */
function keySeqOf(key: string): number {
  const n = key.length;
  if (n < 3 || n > 12 || (n > 3 && key.charCodeAt(2) === 48 /* leading 0 */)) return -1;
  let seq = 0;
  for (let i = 2; i < n; i++) {
    const c = key.charCodeAt(i);
    const d = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 122 ? c - 87 : -1;
    if (d < 0) return -1;
    seq = seq * 36 + d;
  }
  return seq;
}

/** how many created nodes wait for useAdjacencyDictionaries at most (past that, new ones are left as they are) */
const MAX_PENDING_NEIGHBOUR_INDEXES = 1 << 20;

/**
 * What a statement created of one kind, in order: keys, and attribute objects for the statistics,
 * read up to `length`. The next statement reuses the arrays (reset; entries past `length` are stale)
 * unless a transaction keeps them.
 */
class Created<A extends { properties: Record<string, StoreValue> }> {
  private n = 0;
  readonly keys: string[] = [];
  private readonly attrs: A[] = [];
  get length(): number {
    return this.n;
  }
  add(key: string, attrs: A): void {
    const i = this.n++;
    this.keys[i] = key;
    this.attrs[i] = attrs;
  }
  reset(): void {
    this.n = 0;
  }
  /** how many are still there (not in `gone`); their properties are added to `s.propertiesSet` */
  count(gone: ReadonlyMap<string, unknown>, s: WriteStats): number {
    let n = 0;
    for (let i = 0; i < this.n; i++) {
      if (gone.size > 0 && gone.has(this.keys[i])) continue;
      n++;
      s.propertiesSet += countProps(this.attrs[i].properties);
    }
    return n;
  }
}

/** properties with a value */
function countProps(props: Record<string, StoreValue> | null): number {
  let n = 0;
  if (props) for (const k in props) if (props[k] !== null) n++;
  return n;
}

/** add one touched entity's changes (`now`: its properties now, null when deleted) to the statistics */
function diffTouched(s: WriteStats, t: Touched, now: Record<string, StoreValue> | null, node: boolean): void {
  if (!t.existed) {
    if (!now) return;
    if (node) s.nodesCreated++;
    else s.relationshipsCreated++;
    s.propertiesSet += countProps(now);
  } else if (!now) {
    if (node) s.nodesDeleted++;
    else s.relationshipsDeleted++;
    s.propertiesRemoved += countProps(t.props);
  } else if (t.props && now !== t.props) {
    const was = t.props;
    for (const k in was) {
      if (!(k in now)) s.propertiesRemoved++;
      else if (!sameStored(was[k], now[k])) {
        s.propertiesRemoved++;
        s.propertiesSet++;
      }
    }
    for (const k in now) if (!(k in was)) s.propertiesSet++;
  }
}

/** add the single-property writes' changes to the statistics (retired entries are counted with their node) */
function countLogged(s: WriteStats, log: PropertyLog<NodeAttrs>): void {
  for (let i = 0; i < log.length; i++) {
    const attrs = log.attrs[i];
    if (attrs === null) continue;
    const was = log.before[i];
    const now = log.after[i];
    if (was === undefined) {
      if (now !== undefined) s.propertiesSet++;
    } else if (now === undefined) s.propertiesRemoved++;
    else if (!sameStored(was, now)) {
      s.propertiesRemoved++;
      s.propertiesSet++;
    }
  }
}

function sameStored(a: StoreValue, b: StoreValue): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Property index key: a string value is its own key (no allocation, its hash is cached by the
 * engine); anything else is its groupKey behind a NUL. A string that happens to look like another
 * value's key only adds a candidate: callers re-check equality.
 */
function indexKey(v: CypherValue): string {
  return typeof v === 'string' ? v : '\u0000' + groupKey(v);
}
function storedIndexKey(v: StoreValue): string {
  return typeof v === 'string' ? v : '\u0000' + groupKey(fromStoreValue(v));
}

/**
 * an indexed node: its key, live attribute object and slot in the slot index (-1: none yet), so a
 * lookup needs no second map. Entries are node values (StoreNode): while no node has been dropped
 * since an entry was made, a lookup hands the entry itself on as the node's value (entryValue).
 */
export type NodeEntry = StoreNode;

/** one label's property indexes: by key, and as parallel arrays for the upkeep loops */
class LabelProps {
  readonly byProp = new Map<string, Map<string, Postings>>();
  readonly props: string[] = [];
  readonly idxs: Map<string, Postings>[] = [];
  add(prop: string, idx: Map<string, Postings>): void {
    this.byProp.set(prop, idx);
    this.props.push(prop);
    this.idxs.push(idx);
  }
}

/** the nodes holding one value: a lone entry (the usual case for ids) or entries by key */
type Postings = NodeEntry | Map<string, NodeEntry>;

function addPosting(m: Map<string, Postings>, k: string, entry: NodeEntry): void {
  const cur = m.get(k);
  const { key, attrs, slot } = entry;
  if (cur === undefined) m.set(k, entry);
  else if (cur instanceof Map) {
    const e = cur.get(key);
    if (e === undefined || e.attrs !== attrs) cur.set(key, entry);
    else if (slot >= 0) e.slot = slot;
  } else if (cur.key !== key) m.set(k, new Map([[cur.key, cur], [key, entry]]));
  else if (cur.attrs !== attrs) m.set(k, entry);
  else if (slot >= 0) cur.slot = slot;
}

function removePosting(m: Map<string, Postings>, k: string, key: string): void {
  const cur = m.get(k);
  if (cur === undefined) return;
  if (cur instanceof Map) {
    cur.delete(key);
    if (cur.size === 0) m.delete(k);
  } else if (cur.key === key) m.delete(k);
}


export function decodeProps(props: Record<string, StoreValue>): CypherMap {
  const m: CypherMap = new Map();
  for (const k of Object.keys(props)) {
    const v = props[k];
    if (v !== null && v !== undefined) m.set(k, fromStoreValue(v));
  }
  return m;
}

const EMPTY_MAP: Map<string, NodeAttrs> = new Map();
const EMPTY_LIST: readonly string[] = [];
