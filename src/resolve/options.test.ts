import { expect } from 'chai';
import { NewsgraphError } from '../model/errors';
import { DEFAULT_RESOLVE_OPTIONS, validateResolveOptions } from './options';

describe('resolve/options', () => {
  it('fills defaults', () => expect(validateResolveOptions()).to.deep.equal(DEFAULT_RESOLVE_OPTIONS));
  const bad: [string, Record<string, unknown>][] = [
    ['tokenSimilarity', { tokenSimilarity: 1.5 }],
    ['tokenSimilarity', { tokenSimilarity: Number.NaN }],
    ['maxEditRatio', { maxEditRatio: -0.1 }],
    ['minFuzzyTokenLength', { minFuzzyTokenLength: 0 }],
    ['confidenceDecimals', { confidenceDecimals: 2.5 }],
    ['descriptionAliases', { descriptionAliases: 'yes' }],
    ['singularEventTypes', { singularEventTypes: ['Coronation'] }],
  ];
  for (const [option, partial] of bad)
    it(`rejects ${JSON.stringify(partial)} naming ${option}`, () => {
      try {
        validateResolveOptions(partial as never);
        expect.fail('no error');
      } catch (e) {
        expect(e).to.be.instanceOf(NewsgraphError);
        expect((e as NewsgraphError).code).to.equal('INPUT');
        expect((e as NewsgraphError).details.option).to.equal(option);
      }
    });
});
