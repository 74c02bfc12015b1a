import { expect } from 'chai';
import { lazy } from './lazy';

describe('model/lazy', () => {
  const values: [string, unknown][] = [
    ['an object', { a: 1 }],
    ['undefined', undefined],
    ['zero', 0],
  ];
  for (const [name, value] of values) {
    it(`makes ${name} once, on first use, and gives the same value after`, () => {
      let made = 0;
      const get = lazy(() => (made++, value));
      expect(made).to.equal(0);
      expect(get()).to.equal(value);
      expect(get()).to.equal(value);
      expect(made).to.equal(1);
    });
  }
});
