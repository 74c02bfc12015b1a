/**
 * A statement's first writes to single properties of nodes that existed before it: for each
 * (node, property), the value before the statement, so that the statement can be undone and its
 * statistics counted while the write itself goes to the node's properties in place.
 *
 * This replaces, for the common `SET n.p = ...` on existing nodes, a per-node record in a map plus a
 * copy of the node's properties object (the copy kept the old object as the snapshot). An import
 * batch setting one property on 5k existing nodes then appends to a few arrays instead of filling a
 * 5k-entry map with records and 5k new property objects.
 *
 * Finding whether (node, property) is logged already: a node's entries are chained, newest first;
 * the chain's head is found by the node's slot in the slot index (a typed array, stamped with the
 * statement's generation, so nothing is cleared between statements) or, for a node without a slot,
 * in a map by key. Each entry also keeps the value written last, so the statistics compare before
 * and after without visiting the nodes again.
 */
import type { StoreValue } from './storeValue';

export interface LoggedNode {
  properties: Record<string, StoreValue>;
}

/**
 * the slot-keyed chain heads, shared by a store's successive logs (one generation per statement):
 * per slot, its generation stamp and head entry side by side (one cache line for both)
 */
export class SlotHeads {
  generation = 1;
  marks = new Int32Array(0);
  /** start a new statement: every stamp becomes stale */
  next(): void {
    this.generation++;
  }
}

/**
 * The entries are parallel arrays read up to `length`: a statement's log is reset and its arrays
 * reused by the next statement (entries past `length` are stale), unless a transaction keeps it.
 */
export class PropertyLog<A extends LoggedNode = LoggedNode> {
  private n = 0;
  readonly keys: string[] = [];
  /** the node's attribute object when the entry was made; null once retired (see retire) */
  readonly attrs: (A | null)[] = [];
  readonly props: string[] = [];
  /** the value before the statement (undefined: absent) */
  readonly before: (StoreValue | undefined)[] = [];
  /** the value the statement wrote last */
  readonly after: (StoreValue | undefined)[] = [];
  /** the previous entry of the same node (-1: none) */
  private readonly prev: number[] = [];
  private byKey: Map<string, number> | null = null;

  constructor(private readonly heads: SlotHeads) {}

  get length(): number {
    return this.n;
  }

  /** whether entry i is its node's first in the log */
  firstOfNode(i: number): boolean {
    return this.prev[i] < 0;
  }

  /** empty the log for the next statement, keeping its arrays */
  reset(): void {
    this.n = 0;
    this.byKey = null;
  }

  /**
   * A write of `value` to `prop` of node `key`, whose value was `before` (undefined: absent): the
   * statement's first write to (node, prop) keeps `before`, every write updates the value written last.
   */
  record(key: string, attrs: A, prop: string, slot: number, before: StoreValue | undefined, value: StoreValue): void {
    const head = this.headOf(key, slot);
    for (let j = head; j >= 0; j = this.prev[j]) {
      if (this.props[j] === prop) {
        this.after[j] = value;
        return;
      }
    }
    const e = this.n++;
    // a store at index length appends
    this.keys[e] = key;
    this.attrs[e] = attrs;
    this.props[e] = prop;
    this.before[e] = before;
    this.after[e] = value;
    this.prev[e] = head;
    this.setHead(key, slot, e);
  }

  /**
   * The node's properties as they were before the statement, or null when the log has none of its
   * writes; its entries are retired (the caller keeps the state before from now on).
   */
  retire(key: string, slot: number, now: Record<string, StoreValue>): Record<string, StoreValue> | null {
    const head = this.headOf(key, slot);
    if (head < 0) return null;
    const was = { ...now };
    for (let j = head; j >= 0; j = this.prev[j]) {
      const b = this.before[j];
      if (b === undefined) delete was[this.props[j]];
      else was[this.props[j]] = b;
      this.attrs[j] = null;
    }
    return was;
  }

  private headOf(key: string, slot: number): number {
    const h = this.heads;
    const at = slot * 2;
    if (slot >= 0 && at < h.marks.length && h.marks[at] === h.generation) {
      const e = h.marks[at + 1];
      // a slot freed and reused within the statement belongs to another node now
      if (e < this.n && this.keys[e] === key) return e;
    }
    return this.byKey?.get(key) ?? -1;
  }

  private setHead(key: string, slot: number, e: number): void {
    if (slot < 0) {
      (this.byKey ??= new Map()).set(key, e);
      return;
    }
    const h = this.heads;
    const at = slot * 2;
    if (at >= h.marks.length) {
      const marks = new Int32Array(Math.max(at + 2, h.marks.length * 2, 2048));
      marks.set(h.marks);
      h.marks = marks;
    }
    h.marks[at] = h.generation;
    h.marks[at + 1] = e;
    // a node first logged without a slot keeps being found by key too
    if (this.byKey?.has(key)) this.byKey.set(key, e);
  }
}
