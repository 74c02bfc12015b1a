import { expect } from 'chai';
import { getOwn, setOwn } from './ownProperty';

describe('model/ownProperty', () => {
  const cases: [string, unknown][] = [
    ['name', 'Ann'],
    ['__proto__', 'x'],
    ['__proto__', [1, 2]],
    ['constructor', 3],
  ];
  for (const [key, value] of cases) {
    it(`keeps ${key} = ${JSON.stringify(value)} as an own property, prototype untouched`, () => {
      const r: Record<string, unknown> = { a: 1 };
      setOwn(r, key, value);
      expect(Object.getPrototypeOf(r)).to.equal(Object.prototype);
      expect(Object.keys(r)).to.deep.equal(['a', key]);
      expect(Object.getOwnPropertyDescriptor(r, key)?.value).to.deep.equal(value);
      expect(JSON.parse(JSON.stringify(r))).to.deep.equal(JSON.parse(`{"a":1,${JSON.stringify(key)}:${JSON.stringify(value)}}`));
    });
  }
});

describe('model/ownProperty: getOwn', () => {
  const cases: [Record<string, unknown>, string, unknown][] = [
    [{ a: 1 }, 'a', 1],
    [{ a: 1 }, 'b', undefined],
    [{ a: 1 }, '__proto__', undefined],
    [JSON.parse('{"__proto__": 5}'), '__proto__', 5],
  ];
  for (const [record, key, value] of cases) {
    it(`${JSON.stringify(record)}[${key}] is ${String(value)}`, () => expect(getOwn(record, key)).to.equal(value));
  }
});
