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
});
