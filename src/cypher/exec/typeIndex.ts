/**
 * The relationship-type index: for every type, its relationships as parallel columns (source slot,
 * target slot, key, attribute object), where a slot is a dense integer standing for one node (its key
 * and attribute object are one array read away). Scans of one type touch nothing but these arrays,
 * and aggregations can count per node slot in a typed array instead of hashing keys or objects.
 *
 * Upkeep: GraphStore calls addNode/dropNode/addEdge/dropEdge for every write once the index exists.
 * A dropped relationship leaves a hole (source slot -1) so scans keep insertion order; a list is
 * compacted when holes outnumber live entries. The key -> position map needed to find a dropped
 * relationship is only built at the first drop (read-only stores never pay for it). Slots of dropped
 * nodes are reused; a node is only dropped once its relationships are gone.
 *
 * Rejected: a Map of key -> {source, target, attrs...} objects per type (one object per relationship,
 * twice the memory, and a hash lookup per endpoint to count by node); sorting by source for range
 * scans (writes would need to shift arrays).
 */
import type { EdgeAttrs, NodeAttrs, StoreGraph } from './graphStore';

export interface TypeList {
  /** entries in use (live ones plus holes) */
  n: number;
  /** live entries */
  live: number;
  /** source slot per entry; -1: a hole left by a dropped relationship */
  src: Int32Array;
  dst: Int32Array;
  keys: (string | null)[];
  attrs: (EdgeAttrs | null)[];
}

export class TypeIndex {
  /** node key -> slot */
  readonly slotOf = new Map<string, number>();
  /** slot -> node key / attribute object (null: free slot) */
  readonly nodeKeys: (string | null)[] = [];
  readonly nodeAttrs: (NodeAttrs | null)[] = [];
  private readonly free: number[] = [];
  private readonly lists = new Map<string, TypeList>();
  /** relationship key -> position in its type's list; built at the first drop */
  private pos: Map<string, number> | null = null;
  /** label -> per-slot membership (1: the slot's node has the label), built at first use */
  private readonly labelCols = new Map<string, Uint8Array>();
  /** lists holding holes, compacted between statements (never under a running scan) */
  private holed = new Set<TypeList>();

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
  /** slots in use or freed so far: typed arrays indexed by slot need this length */
  get slotCount(): number {
    return this.nodeKeys.length;
  }

  /**
   * Per-slot membership of `label` (1: has it), so scans test labels without touching the nodes'
   * attribute objects. Live view, read only; it may be longer than slotCount.
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
    }
    return col;
  }

  addNode(key: string, attrs: NodeAttrs): number {
    const slot = this.free.length > 0 ? this.free.pop()! : this.nodeKeys.length;
    this.nodeKeys[slot] = key;
    this.nodeAttrs[slot] = attrs;
    this.slotOf.set(key, slot);
    if (this.labelCols.size > 0) this.relabel(key, attrs);
    return slot;
  }
  dropNode(key: string): void {
    const slot = this.slotOf.get(key);
    if (slot === undefined) return;
    this.slotOf.delete(key);
    this.nodeKeys[slot] = null;
    this.nodeAttrs[slot] = null;
    for (const col of this.labelCols.values()) if (slot < col.length) col[slot] = 0;
    this.free.push(slot);
  }
  /** the node's labels changed (its attribute object holds the new ones) */
  relabel(key: string, attrs: NodeAttrs): void {
    const slot = this.slotOf.get(key);
    if (slot === undefined || this.labelCols.size === 0) return;
    for (const [label, col] of this.labelCols) {
      const has = attrs.labels.includes(label) ? 1 : 0;
      if (slot >= col.length) {
        if (!has) continue;
        const grown = new Uint8Array(Math.max(slot + 1, col.length * 2));
        grown.set(col);
        this.labelCols.set(label, grown);
        grown[slot] = has;
      } else col[slot] = has;
    }
  }

  addEdge(key: string, attrs: EdgeAttrs, source: string, target: string): void {
    let l = this.lists.get(attrs.type);
    if (!l) this.lists.set(attrs.type, (l = { n: 0, live: 0, src: new Int32Array(16), dst: new Int32Array(16), keys: [], attrs: [] }));
    if (l.n === l.src.length) {
      const src = new Int32Array(l.n * 2);
      const dst = new Int32Array(l.n * 2);
      src.set(l.src);
      dst.set(l.dst);
      l.src = src;
      l.dst = dst;
    }
    const i = l.n++;
    l.src[i] = this.slotOf.get(source)!;
    l.dst[i] = this.slotOf.get(target)!;
    l.keys[i] = key;
    l.attrs[i] = attrs;
    l.live++;
    this.pos?.set(key, i);
  }
  dropEdge(key: string, type: string): void {
    const l = this.lists.get(type);
    if (!l) return;
    if (!this.pos) {
      this.pos = new Map();
      for (const list of this.lists.values()) {
        for (let i = 0; i < list.n; i++) if (list.src[i] >= 0) this.pos.set(list.keys[i]!, i);
      }
    }
    const i = this.pos.get(key);
    if (i === undefined || l.keys[i] !== key) return;
    this.pos.delete(key);
    l.src[i] = -1;
    l.dst[i] = -1;
    l.keys[i] = null;
    l.attrs[i] = null;
    l.live--;
    this.holed.add(l);
  }

  /**
   * Compact lists whose holes outnumber their live entries. Only between statements: a scan in
   * progress walks positions, which compaction moves.
   */
  maintain(): void {
    if (this.holed.size === 0) return;
    for (const l of this.holed) if (l.n - l.live > Math.max(16, l.live)) this.compact(l);
    this.holed.clear();
  }

  /** drop the holes of a list, keeping order */
  private compact(l: TypeList): void {
    let w = 0;
    for (let i = 0; i < l.n; i++) {
      if (l.src[i] < 0) continue;
      l.src[w] = l.src[i];
      l.dst[w] = l.dst[i];
      l.keys[w] = l.keys[i];
      l.attrs[w] = l.attrs[i];
      this.pos?.set(l.keys[w]!, w);
      w++;
    }
    l.n = w;
    l.keys.length = w;
    l.attrs.length = w;
  }
}
