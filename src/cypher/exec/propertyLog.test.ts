import { expect } from 'chai';
import { PropertyLog, SlotHeads } from './propertyLog';
import type { StoreValue } from './storeValue';

describe('PropertyLog: first writes of a statement to single node properties', () => {
  const node = (properties: Record<string, StoreValue>) => ({ properties });
  /** the entries up to length, as [key, prop, before] */
  const entries = (log: PropertyLog) => Array.from({ length: log.length }, (_, i) => [log.keys[i], log.props[i], log.before[i]]);
  /** a write as the store makes it: logged with the value before, then done */
  const write = (log: PropertyLog, key: string, attrs: { properties: Record<string, StoreValue> }, prop: string, slot: number, value: StoreValue) => {
    log.record(key, attrs, prop, slot, attrs.properties[prop], value);
    attrs.properties[prop] = value;
  };

  it('logs each (node, property) once, with the value before the first write, by slot or by key', () => {
    const heads = new SlotHeads();
    const log = new PropertyLog(heads);
    const a = node({ x: 1 });
    const b = node({});
    // key, node, property, slot, value written
    const table: [string, typeof a, string, number, StoreValue][] = [
      ['a', a, 'x', 3, 2],
      ['a', a, 'x', 3, 5],
      ['a', a, 'y', 3, 'new'],
      ['b', b, 'x', -1, 7],
      ['b', b, 'x', -1, 8],
      ['a', a, 'y', 3, 'again'],
    ];
    for (const [key, attrs, prop, slot, value] of table) write(log, key, attrs, prop, slot, value);
    expect(entries(log)).to.deep.equal([['a', 'x', 1], ['a', 'y', undefined], ['b', 'x', undefined]]);
    expect(log.after.slice(0, log.length)).to.deep.equal([5, 'again', 8]);
  });

  it('retire gives the node as it was before the statement and takes its entries out', () => {
    const log = new PropertyLog(new SlotHeads());
    const a = node({ x: 1, keep: true });
    write(log, 'a', a, 'x', 0, 2);
    write(log, 'a', a, 'y', 0, 'set');
    expect(log.retire('a', 0, a.properties)).to.deep.equal({ x: 1, keep: true });
    expect(log.attrs.slice(0, log.length)).to.deep.equal([null, null]);
    expect(log.retire('other', 1, {})).to.equal(null);
  });

  it('a new statement (next generation, reset) forgets the old heads; a reused slot is another node', () => {
    const heads = new SlotHeads();
    const log = new PropertyLog(heads);
    const a = node({ x: 1 });
    write(log, 'a', a, 'x', 4, 2);
    heads.next();
    log.reset();
    expect(log.length).to.equal(0);
    write(log, 'a', a, 'x', 4, 3);
    expect(entries(log)).to.deep.equal([['a', 'x', 2]]);
    // slot 4 now holds node c (a was deleted and its slot reused within the statement)
    const c = node({ x: 9 });
    write(log, 'c', c, 'x', 4, 10);
    expect(entries(log)).to.deep.equal([['a', 'x', 2], ['c', 'x', 9]]);
  });

  it('a node first logged without a slot is still found once it has one', () => {
    const log = new PropertyLog(new SlotHeads());
    const a = node({ x: 1 });
    write(log, 'a', a, 'x', -1, 2);
    write(log, 'a', a, 'y', 2000, 3);
    write(log, 'a', a, 'x', 2000, 4);
    write(log, 'a', a, 'y', -1, 5);
    expect(entries(log)).to.deep.equal([['a', 'x', 1], ['a', 'y', undefined]]);
    expect(log.after.slice(0, log.length)).to.deep.equal([4, 5]);
  });
});
