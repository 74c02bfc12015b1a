/**
 * The engine's slot index over the graph, for scans and traversals that should not pay graphology's
 * per-call overhead:
 * - node slots: a dense integer per node, with its key and attribute object one array read away, and
 *   per-label membership columns (labelColumn) so label tests never touch attribute objects;
 * - relationship slots: source slot, target slot, key and attribute object as parallel columns;
 * - the relationship-type index: per type, the slots of its relationships in creation order;
 * - adjacency: per node slot, the slots of its outgoing and incoming relationships;
 * - property columns (propertyColumn): one property's stored value per node slot, for grouping.
 * Aggregations can then count per node slot in a typed array, and traversals walk arrays of integers.
 *
 * Upkeep: GraphStore calls addNode/dropNode/relabel/reprop/addEdge/dropEdge for every write once the index
 * exists. A dropped relationship is marked dead (source slot -1) and stays in its type list and in
 * adjacency lists until maintain() runs between statements, so a scan in progress keeps its positions
 * (scans stop at the length a list had when they began and skip dead entries). Relationship slots are
 * never reused (the columns grow with every relationship ever created; dead ones hold no objects);
 * node slots are reused once a node is dropped (its relationships are gone by then).
 *
 * Rejected: a Map of key -> {source, target, attrs...} objects per type (one object per relationship,
 * twice the memory, and a hash lookup per endpoint to count by node); graphology's own adjacency for
 * traversals (a callback per edge and a for-in over neighbours, and no way to stop early without
 * materialising the list); reusing relationship slots (a type list or adjacency list could then point
 * at a different relationship).
 */
import type { EdgeAttrs, NodeAttrs, StoreGraph } from './graphStore';
import type { StoreValue } from './storeValue';

export interface TypeList {
  /** entries in use (live ones plus dead ones) */
  n: number;
  /** live entries */
  live: number;
  /** relationship slots */
  slots: Int32Array<ArrayBuffer>;
}

const NO_EDGES: number[] = [];

export class TypeIndex {
  /** node key -> slot */
  readonly slotOf = new Map<string, number>();
  /** slot -> node key / attribute object (null: free slot) */
  readonly nodeKeys: (string | null)[] = [];
  readonly nodeAttrs: (NodeAttrs | null)[] = [];
  /** node slot -> slots of its outgoing / incoming relationships (dead ones until maintain()) */
  readonly outEdges: number[][] = [];
  readonly inEdges: number[][] = [];
  private readonly freeNodes: number[] = [];
  /** relationship slot -> source / target node slot (source -1: dead) */
  edgeSrc: Int32Array<ArrayBuffer> = new Int32Array(1024);
  edgeDst: Int32Array<ArrayBuffer> = new Int32Array(1024);
  /** relationship slot -> type id (typeId()) */
  edgeType: Int32Array<ArrayBuffer> = new Int32Array(1024);
  private readonly typeIds = new Map<string, number>();
  readonly edgeKeys: (string | null)[] = [];
  readonly edgeAttrs: (EdgeAttrs | null)[] = [];
  private edgeCount = 0;
  private readonly lists = new Map<string, TypeList>();
  /** label -> per-slot membership (1: the slot's node has the label), built at first use */
  private readonly labelCols = new Map<string, Uint8Array>();
  /** property key -> per-slot stored value, built at first use */
  private readonly propCols = new Map<string, (StoreValue | undefined)[]>();
  /** the same columns as parallel arrays, for the per-write upkeep loops (no map iterators) */
  private readonly labelColNames: string[] = [];
  private readonly labelColList: Uint8Array[] = [];
  private readonly propColNames: string[] = [];
  private readonly propColList: (StoreValue | undefined)[][] = [];
  /** what maintain() must clean: lists and node slots holding dead relationships */
  private readonly holed = new Set<TypeList>();
  private readonly dirtyNodes = new Set<number>();

  constructor(graph: StoreGraph) {
    graph.forEachNode((key, attrs) => void this.addNode(key, attrs));
    graph.forEachEdge((key, attrs, source, target) => this.addEdge(key, attrs, source, target));
  }

  /** the relationships of `type` (live view: read only) */
  list(type: string): TypeList | undefined {
    return this.lists.get(type);
  }
  count(type: string): number {
    return this.lists.get(type)?.live ?? 0;
  }
  types(): string[] {
    return [...this.lists].filter(([, l]) => l.live > 0).map(([t]) => t);
  }
  /** no dead relationship waits in an adjacency list (their lengths are the degrees) */
  get settled(): boolean {
    return this.dirtyNodes.size === 0;
  }
  /** a small integer per relationship type (stable for the index's life) */
  typeId(type: string): number {
    let id = this.typeIds.get(type);
    if (id === undefined) this.typeIds.set(type, (id = this.typeIds.size));
    return id;
  }
  /** node slots in use or freed so far: typed arrays indexed by node slot need this length */
  get slotCount(): number {
    return this.nodeKeys.length;
  }

  /**
   * Per-slot membership of `label` (1: has it), so scans test labels without touching the nodes'
   * attribute objects. Live view, read only; it may be shorter or longer than slotCount (a slot past
   * its end does not have the label).
   */
  labelColumn(label: string): Uint8Array {
    let col = this.labelCols.get(label);
    if (!col) {
      col = new Uint8Array(Math.max(16, this.nodeKeys.length));
      for (let slot = 0; slot < this.nodeAttrs.length; slot++) {
        const a = this.nodeAttrs[slot];
        if (a && a.labels.includes(label)) col[slot] = 1;
      }
      this.labelCols.set(label, col);
      this.labelColNames.push(label);
      this.labelColList.push(col);
    }
    return col;
  }

  /**
   * Per-slot stored value of node property `prop` (undefined: absent or free slot): grouping by a
   * property reads one dense array instead of each node's attribute and property objects. Live view,
   * read only.
   */
  propertyColumn(prop: string): (StoreValue | undefined)[] {
    let col = this.propCols.get(prop);
    if (!col) {
      col = new Array(this.nodeAttrs.length);
      for (let slot = 0; slot < this.nodeAttrs.length; slot++) col[slot] = this.nodeAttrs[slot]?.properties[prop];
      this.propCols.set(prop, col);
      this.propColNames.push(prop);
      this.propColList.push(col);
    }
    return col;
  }
  /** the node's property object was replaced */
  reprop(key: string, attrs: NodeAttrs): void {
    if (this.propColList.length === 0) return;
    const slot = this.slotOf.get(key);
    if (slot === undefined) return;
    this.repropSlot(slot, attrs);
  }

  /** one property of a node changed: only its column (if any) follows; `slot`: the node's, if known (else -1) */
  repropOne(key: string, prop: string, value: StoreValue | undefined, slot = -1): void {
    const col = this.propCols.get(prop);
    if (col === undefined) return;
    const s = slot >= 0 ? slot : this.slotOf.get(key);
    if (s !== undefined) col[s] = value;
  }

  addNode(key: string, attrs: NodeAttrs): number {
    const slot = this.freeNodes.length > 0 ? this.freeNodes.pop()! : this.nodeKeys.length;
    this.nodeKeys[slot] = key;
    this.nodeAttrs[slot] = attrs;
    this.outEdges[slot] = NO_EDGES;
    this.inEdges[slot] = NO_EDGES;
    this.slotOf.set(key, slot);
    if (this.labelColList.length > 0) this.relabelSlot(slot, attrs);
    if (this.propColList.length > 0) this.repropSlot(slot, attrs);
    return slot;
  }
  /** a node without live relationships leaves */
  dropNode(key: string): void {
    const slot = this.slotOf.get(key);
    if (slot === undefined) return;
    this.slotOf.delete(key);
    this.nodeKeys[slot] = null;
    this.nodeAttrs[slot] = null;
    this.outEdges[slot] = NO_EDGES;
    this.inEdges[slot] = NO_EDGES;
    this.dirtyNodes.delete(slot);
    for (const col of this.labelColList) if (slot < col.length) col[slot] = 0;
    for (const col of this.propColList) col[slot] = undefined;
    this.freeNodes.push(slot);
  }
  /** the node's labels changed (its attribute object holds the new ones) */
  relabel(key: string, attrs: NodeAttrs): void {
    const slot = this.slotOf.get(key);
    if (slot === undefined || this.labelCols.size === 0) return;
    this.relabelSlot(slot, attrs);
  }
  private relabelSlot(slot: number, attrs: NodeAttrs): void {
    const names = this.labelColNames;
    for (let i = 0; i < names.length; i++) {
      const col = this.labelColList[i];
      const has = attrs.labels.includes(names[i]) ? 1 : 0;
      if (slot < col.length) col[slot] = has;
      else if (has) {
        const grown = new Uint8Array(Math.max(slot + 1, col.length * 2));
        grown.set(col);
        grown[slot] = 1;
        this.labelCols.set(names[i], grown);
        this.labelColList[i] = grown;
      }
    }
  }
  private repropSlot(slot: number, attrs: NodeAttrs): void {
    const names = this.propColNames;
    for (let i = 0; i < names.length; i++) this.propColList[i][slot] = attrs.properties[names[i]];
  }

  addEdge(key: string, attrs: EdgeAttrs, source: string, target: string): void {
    const e = this.edgeCount++;
    if (e === this.edgeSrc.length) {
      this.edgeSrc = grow(this.edgeSrc, e * 2);
      this.edgeDst = grow(this.edgeDst, e * 2);
      this.edgeType = grow(this.edgeType, e * 2);
    }
    const s = this.slotOf.get(source)!;
    const t = this.slotOf.get(target)!;
    this.edgeSrc[e] = s;
    this.edgeDst[e] = t;
    this.edgeType[e] = this.typeId(attrs.type);
    this.edgeKeys[e] = key;
    this.edgeAttrs[e] = attrs;
    push(this.outEdges, s, e);
    push(this.inEdges, t, e);
    let l = this.lists.get(attrs.type);
    if (!l) this.lists.set(attrs.type, (l = { n: 0, live: 0, slots: new Int32Array(16) }));
    if (l.n === l.slots.length) l.slots = grow(l.slots, l.n * 2);
    l.slots[l.n++] = e;
    l.live++;
  }
  dropEdge(key: string, type: string, source: string): void {
    const s = this.slotOf.get(source);
    if (s === undefined) return;
    const out = this.outEdges[s];
    let e = -1;
    for (let i = 0; i < out.length; i++) {
      if (this.edgeKeys[out[i]] === key) {
        e = out[i];
        break;
      }
    }
    if (e < 0) return;
    this.dirtyNodes.add(s);
    this.dirtyNodes.add(this.edgeDst[e]);
    this.edgeSrc[e] = -1;
    this.edgeKeys[e] = null;
    this.edgeAttrs[e] = null;
    const l = this.lists.get(type);
    if (l) {
      l.live--;
      this.holed.add(l);
    }
  }

  /** Clean what dropped relationships left behind. Only between statements (no scan in progress). */
  maintain(): void {
    if (this.dirtyNodes.size > 0) {
      const alive = (e: number) => this.edgeSrc[e] >= 0;
      for (const slot of this.dirtyNodes) {
        if (this.nodeKeys[slot] === null) continue;
        this.outEdges[slot] = this.outEdges[slot].filter(alive);
        this.inEdges[slot] = this.inEdges[slot].filter(alive);
      }
      this.dirtyNodes.clear();
    }
    if (this.holed.size > 0) {
      // amortised: a list is rewritten once its dead entries outnumber its live ones
      for (const l of this.holed) if (l.n - l.live > Math.max(16, l.live)) this.compact(l);
      this.holed.clear();
    }
  }

  private compact(l: TypeList): void {
    let w = 0;
    for (let i = 0; i < l.n; i++) {
      const e = l.slots[i];
      if (this.edgeSrc[e] >= 0) l.slots[w++] = e;
    }
    l.n = w;
  }
}

function grow(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

/** append to a node's adjacency list (the shared empty list is replaced on first use) */
function push(lists: number[][], slot: number, e: number): void {
  const l = lists[slot];
  if (l === NO_EDGES) lists[slot] = [e];
  else l.push(e);
}
