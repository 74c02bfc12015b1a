import { expect } from 'chai';
import { propsToDriver } from './driverValue';

/** A property named "__proto__" (a GraphML import may bring one) reaches Neo4j as a property. */
describe('export/neo4j/driverValue: a property named __proto__', () => {
  it('is kept as an own property of the driver parameters', () => {
    const p = propsToDriver(JSON.parse('{"__proto__": "x", "name": "Ann"}'));
    expect(Object.getOwnPropertyDescriptor(p, '__proto__')?.value).to.equal('x');
    expect(Object.getPrototypeOf(p)).to.equal(Object.prototype);
    expect(Object.keys(p)).to.deep.equal(['__proto__', 'name']);
  });
});
