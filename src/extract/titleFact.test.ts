import { expect } from 'chai';
import { roleName, titleFact } from './titleFact';

describe('titleFact', () => {
  const cases: [Parameters<typeof titleFact>[0], string, ReturnType<typeof titleFact>][] = [
    ['leader', 'prime minister', { type: 'LEADER_OF', properties: { role: 'Prime minister' } }],
    ['spokesperson', 'spokesman', { type: 'SPOKESPERSON_FOR', properties: {} }],
    ['work', 'foreign minister', { type: 'WORKS_FOR', properties: { role: 'Foreign minister' } }],
    [undefined, 'Ambassador', { type: 'WORKS_FOR', properties: { role: 'Ambassador' } }],
  ];
  for (const [role, title, want] of cases) {
    it(`${role ?? 'no role'}, "${title}"`, () => expect(titleFact(role, title)).to.deep.equal(want));
  }
  it('capitalises only a lowercase first letter', () => {
    expect(roleName('émir')).to.equal('Émir');
    expect(roleName('UN envoy')).to.equal('UN envoy');
  });
  it('writes abbreviated titles out', () => {
    expect(roleName('Gen.')).to.equal('General');
    expect(roleName('Lt. Gen.')).to.equal('Lieutenant General');
    expect(roleName('Sen.')).to.equal('Senator');
    expect(roleName('Genl.')).to.equal('Genl.');
  });
});
