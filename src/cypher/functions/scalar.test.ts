import { expect } from 'chai';
import { callFn, testContext } from './testContext';

describe('functions/scalar', () => {
  it('timestamp() is the statement time in milliseconds', () => {
    const ctx = testContext();
    expect(callFn('timestamp', [], ctx)).to.equal(BigInt(ctx.statementTime.getTime()));
  });
  it('randomUUID() gives distinct version-4 UUIDs', () => {
    const a = callFn('randomUUID', []) as string;
    const b = callFn('randomUUID', []) as string;
    expect(a).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a).to.not.equal(b);
  });
  it('nullIf(a, b) is null when a = b, else a', () => {
    expect(callFn('nullIf', [1n, 1.0])).to.equal(null);
    expect(callFn('nullIf', ['a', 'b'])).to.equal('a');
    expect(callFn('nullIf', [null, 1n])).to.equal(null);
    expect(callFn('nullIf', [1n, null])).to.equal(1n); // 1 = null is unknown, not true
  });
  it('exists(v) tells whether the value is not null', () => {
    expect(callFn('exists', [null])).to.equal(false);
    expect(callFn('exists', [0n])).to.equal(true);
    expect(callFn('exists', [[]])).to.equal(true);
  });
});
