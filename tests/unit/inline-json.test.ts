// Inline JSON must not be able to end its <script> block: "</script>" in a content field stays text.
import { describe, expect, it } from 'vitest';
import { inlineJson } from '../../src/inlineJson.ts';

describe('inlineJson', () => {
  const hostile = {
    citation: 'Report</script><script>location="//evil.example"</script>',
    note: '<!-- a -->',
    sep: 'a\u2028b\u2029c',
  };

  it('leaves no "<" (so no </script> or <!--) and no raw U+2028/U+2029 in the output', () => {
    const out = inlineJson(hostile);
    expect(out).not.toMatch(/</);
    expect(out).not.toMatch(/[\u2028\u2029]/);
    expect(out).toContain('\\u003c/script\\u003e');
  });

  it('parses back to the same value', () => {
    expect(JSON.parse(inlineJson(hostile))).toEqual(hostile);
    expect(JSON.parse(inlineJson([1, 'a & b', null]))).toEqual([1, 'a & b', null]);
  });

  it('refuses a value with no JSON form', () => {
    expect(() => inlineJson(undefined)).toThrow(/no JSON form/);
  });
});
