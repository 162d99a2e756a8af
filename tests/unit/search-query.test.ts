import { describe, expect, it } from 'vitest';
import { planQuery } from '../../src/client/search/query.ts';

const variants = (q: string) => {
  const p = planQuery(q);
  if (p.kind !== 'search') throw new Error(`expected a search for "${q}", got ${p.kind}`);
  return p.variants;
};

describe('planQuery', () => {
  it('nothing typed lists everything', () => {
    expect(planQuery('   ').kind).toBe('all');
  });
  it('an ordinary word is searched as typed (lower-cased)', () => {
    expect(variants('Police')).toEqual(['police']);
  });
  it('terms of art are matched as whole words (a quoted phrase is Pagefind’s exact match)', () => {
    expect(variants('grooming')).toEqual(['"grooming"']);
    expect(variants('online grooming cases')).toEqual(['online "grooming" cases']);
    expect(variants('self-generated images')).toContain('"self-generated" images');
  });
  it('does not quote a term of art inside a longer word', () => {
    expect(variants('groomingx')).toEqual(['groomingx']);
  });
  it('searches each synonym the reports use, both ways', () => {
    expect(variants('sextortion')).toEqual(['"sextortion"', '"sexual extortion"']);
    expect(variants('sexual extortion')).toEqual(['"sexual extortion"', '"sextortion"']);
    expect(variants('CSAM police')).toEqual(['"csam" police', '"child sexual abuse material" police']);
    expect(variants('child sexual abuse material')).toEqual(['"child sexual abuse material"', '"csam"']);
  });
  it('does not double the quotes of a phrase the user quoted', () => {
    expect(variants('"grooming"')).toEqual(['"grooming"']);
  });
  it('punctuation only gets a message, not everything', () => {
    const p = planQuery('!!! ... ???');
    expect(p.kind).toBe('unsearchable');
    expect(p.kind === 'unsearchable' && p.reason).toBe('no-letters');
  });
  it('only very common words get a message, however many', () => {
    for (const q of ['the', 'a a a a', `${'a '.repeat(200)}`, 'Of The', 'and, or; but'])
      expect(planQuery(q)).toMatchObject({ kind: 'unsearchable', reason: 'stop-words' });
  });
  it('a common word with a real one is searched', () => {
    expect(variants('the police')).toEqual(['the police']);
  });
  it('digits count as something to search', () => {
    expect(variants('116 111')).toEqual(['116 111']);
  });
});
