import { expect } from 'chai';
import { PropertyLog, SlotHeads } from './propertyLog';
import type { StoreValue } from './storeValue';

describe('PropertyLog: first writes of a statement to single node properties', () => {
  const node = (properties: Record<string, StoreValue>) => ({ properties });
  /** the entries up to length, as [key, prop, before] */
  const entries = (log: PropertyLog) => Array.from({ length: log.length }, (_, i) => [log.keys[i], log.props[i], log.before[i]]);

  it('logs each (node, property) once, with the value before the first write, by slot or by key', () => {
    const heads = new SlotHeads();
    const log = new PropertyLog(heads);
    const a = node({ x: 1 });
    const b = node({});
    // key, node, property, slot, value written, the entry record gives
    const table: [string, typeof a, string, number, StoreValue, number][] = [
      ['a', a, 'x', 3, 2, 0],
      ['a', a, 'x', 3, 5, 0],
      ['a', a, 'y', 3, 'new', 1],
      ['b', b, 'x', -1, 7, 2],
      ['b', b, 'x', -1, 8, 2],
      ['a', a, 'y', 3, 'again', 1],
    ];
    for (const [key, attrs, prop, slot, value, entry] of table) {
      const e = log.record(key, attrs, prop, slot);
      expect(e, `${key}.${prop}`).to.equal(entry);
      log.after[e] = value;
      attrs.properties[prop] = value;
    }
    expect(entries(log)).to.deep.equal([['a', 'x', 1], ['a', 'y', undefined], ['b', 'x', undefined]]);
    expect(log.after.slice(0, log.length)).to.deep.equal([5, 'again', 8]);
  });

  it('retire gives the node as it was before the statement and takes its entries out', () => {
    const log = new PropertyLog(new SlotHeads());
    const a = node({ x: 1, keep: true });
    log.record('a', a, 'x', 0);
    a.properties.x = 2;
    log.record('a', a, 'y', 0);
    a.properties.y = 'set';
    expect(log.retire('a', 0, a.properties)).to.deep.equal({ x: 1, keep: true });
    expect(log.attrs.slice(0, log.length)).to.deep.equal([null, null]);
    expect(log.retire('other', 1, {})).to.equal(null);
  });

  it('a new statement (next generation, reset) forgets the old heads; a reused slot is another node', () => {
    const heads = new SlotHeads();
    const log = new PropertyLog(heads);
    const a = node({ x: 1 });
    log.record('a', a, 'x', 4);
    heads.next();
    log.reset();
    expect(log.length).to.equal(0);
    a.properties.x = 2;
    log.record('a', a, 'x', 4);
    expect(entries(log)).to.deep.equal([['a', 'x', 2]]);
    // slot 4 now holds node c (a was deleted and its slot reused within the statement)
    const c = node({ x: 9 });
    log.record('c', c, 'x', 4);
    expect(entries(log)).to.deep.equal([['a', 'x', 2], ['c', 'x', 9]]);
  });

  it('a node first logged without a slot is still found once it has one', () => {
    const log = new PropertyLog(new SlotHeads());
    const a = node({ x: 1 });
    log.record('a', a, 'x', -1);
    log.record('a', a, 'y', 2000);
    log.record('a', a, 'x', 2000);
    log.record('a', a, 'y', -1);
    expect(entries(log)).to.deep.equal([['a', 'x', 1], ['a', 'y', undefined]]);
  });
});
