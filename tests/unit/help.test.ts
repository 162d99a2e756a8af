// Help records (content/help/): the schema refuses a name or number its snippet does not print, an unknown
// country, and a link to an address the report does not print; the loader names the file, record and field;
// the provenance check finds snippets missing from the report; the exports keep the data contract.
import { describe, expect, it } from 'vitest';
import { helpChannelSchema, type HelpChannel } from '../../src/evidence/helpSchema.ts';
import { loadHelp, validateHelp } from '../../src/evidence/readHelp.ts';
import { EvidenceError } from '../../src/evidence/validate.ts';
import { helpCsv, publicHelpChannel } from '../../src/evidence/helpExports.ts';
import { checkHelpRecords } from '../../scripts/lib/help-provenance.mjs';
import { countryIds } from '../../src/evidence/vocabulary.ts';

const channel = {
  id: 'albania-alo-116-111',
  country: 'albania',
  name: 'ALO 116 111',
  kind: 'helpline',
  does: 'A helpline for children.',
  contact: '116 111',
  source: {
    id: 'vos-six-countries-2022',
    section: 'Findings',
    snippet: 'there was a helpline for children such as ALO 116 111 where anyone could call',
  },
};
const portal = {
  id: 'moldova-siguronline',
  country: 'moldova',
  name: 'SigurOnline',
  kind: 'online-reporting',
  does: 'A reporting portal.',
  contact: 'www.siguronline.md',
  website: 'https://www.siguronline.md/',
  source: {
    id: 'vos-six-countries-2022',
    section: 'Findings',
    snippet: 'a successful example is the www.siguronline.md service where any child',
  },
};
const issues = (record: unknown) => {
  const r = helpChannelSchema.safeParse(record);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};
function problems(files: { path: string; data: unknown }[], covers?: Record<string, string[]>): string[] {
  try {
    validateHelp(files, covers);
  } catch (e) {
    if (e instanceof EvidenceError) return e.problems;
    throw e;
  }
  return [];
}

describe('help channel schema', () => {
  it('accepts a channel whose snippet prints its name and number, and a website printed in contact', () => {
    expect(issues(channel)).toEqual([]);
    expect(issues(portal)).toEqual([]);
  });
  it('refuses a name the snippet does not print, naming the field', () => {
    expect(issues({ ...channel, name: 'ALO Child Helpline' })).toEqual([
      expect.stringMatching(/^name: "ALO Child Helpline" is not written in source\.snippet/),
    ]);
  });
  it('refuses a number the snippet does not print', () => {
    expect(issues({ ...channel, contact: '116 000' })).toEqual([
      expect.stringMatching(/^contact: "116 000" is not written in source\.snippet/),
    ]);
  });
  it('refuses an alsoIn name its own snippet does not print', () => {
    const bad = {
      ...channel,
      alsoIn: [{ id: 'dh-mexico', section: 'S', name: 'ALO', snippet: 'a snippet that names nothing at all' }],
    };
    expect(issues(bad)).toEqual([
      expect.stringMatching(/^alsoIn\.0\.name: "ALO" is not written in alsoIn\[0\]\.snippet/),
    ]);
  });
  it('refuses an unknown country and an unknown kind', () => {
    expect(issues({ ...channel, country: 'atlantis' })).toEqual([
      expect.stringMatching(/^country: unknown country "atlantis"/),
    ]);
    expect(issues({ ...channel, kind: 'chatbot' })).toEqual([expect.stringMatching(/^kind: unknown kind "chatbot"/)]);
  });
  it('refuses a website the report does not print, or one without https', () => {
    expect(issues({ ...portal, website: 'https://siguronline.example/' })).toEqual([
      expect.stringMatching(/^website: must be the address printed in contact/),
    ]);
    expect(issues({ ...channel, website: 'https://example.org/' })).toEqual([
      expect.stringMatching(/^website: must be the address printed in contact/),
    ]);
    expect(issues({ ...portal, website: 'http://www.siguronline.md/' })).toEqual([
      expect.stringMatching(/^website: must be an https/),
    ]);
  });
  it('refuses markup in a snippet and an emergency line without a number', () => {
    expect(
      issues({ ...channel, source: { ...channel.source, snippet: 'such as *ALO 116 111* where anyone could call' } }),
    ).toEqual([expect.stringMatching(/^source\.snippet: contains markup/)]);
    const { contact: _omit, ...noNumber } = channel;
    expect(issues({ ...noNumber, kind: 'emergency-line' })).toEqual([
      expect.stringMatching(/^contact: an emergency line needs its number/),
    ]);
  });
});

describe('help loader', () => {
  it('names the file, the record and the field', () => {
    const out = problems([{ path: 'content/help/albania.json', data: [{ ...channel, name: 'Child Helpline' }] }]);
    expect(out).toEqual([
      'content/help/albania.json: record "albania-alo-116-111": name: "Child Helpline" is not written in source.snippet: the snippet must print the name',
    ]);
  });
  it('refuses a record filed under another country, a repeated id, a non-array file and a report that does not cover the country', () => {
    expect(problems([{ path: 'content/help/peru.json', data: [channel] }])).toEqual([
      expect.stringMatching(
        /^content\/help\/peru\.json: record "albania-alo-116-111": country: is "albania" but the file is for "peru"/,
      ),
    ]);
    expect(problems([{ path: 'content/help/albania.json', data: [channel, channel] }])).toEqual([
      expect.stringMatching(/id: "albania-alo-116-111" is also used in content\/help\/albania\.json/),
    ]);
    expect(problems([{ path: 'content/help/albania.json', data: channel }])).toEqual([
      'content/help/albania.json: must hold a JSON array of channels',
    ]);
    expect(
      problems([{ path: 'content/help/albania.json', data: [channel] }], { 'vos-six-countries-2022': ['moldova'] }),
    ).toEqual([expect.stringMatching(/source\.id: report "vos-six-countries-2022" does not cover albania/)]);
  });
  it('loads the repository content: every file is a country, every channel valid', () => {
    const all = loadHelp();
    expect(all.length).toBeGreaterThan(0);
    for (const h of all) expect(countryIds).toContain(h.country);
  });
});

describe('help provenance check', () => {
  const report =
    'Back then I did not know that there was a helpline for children such as ALO 116 111 where anyone could call and ask for help.';
  const readSeed = Object.assign((id: string) => (id === 'vos-six-countries-2022' ? report.toLowerCase() : null), {
    known: ['vos-six-countries-2022'],
  });
  it('passes a record whose snippet is in the report', () => {
    expect(checkHelpRecords([channel], readSeed)).toEqual([]);
  });
  it('reports a snippet the report does not print, an unknown report, and a name or number missing from the snippet', () => {
    expect(
      checkHelpRecords(
        [
          {
            ...channel,
            source: { ...channel.source, snippet: 'a helpline for children such as ALO 116 111 that answers at night' },
          },
        ],
        readSeed,
      ),
    ).toEqual([
      expect.stringMatching(/help albania-alo-116-111: source\.snippet: not found in vos-six-countries-2022/),
    ]);
    expect(checkHelpRecords([{ ...channel, source: { ...channel.source, id: 'nope' } }], readSeed)).toEqual([
      expect.stringMatching(/source\.id: unknown report "nope"/),
    ]);
    expect(checkHelpRecords([{ ...channel, name: 'Child Helpline' }], readSeed)).toEqual([
      expect.stringMatching(/name: "Child Helpline" is not written in source\.snippet/),
    ]);
    expect(checkHelpRecords([{ ...channel, contact: '116 000' }], readSeed)).toEqual([
      expect.stringMatching(/contact: "116 000" is not written in source\.snippet/),
    ]);
  });
});

describe('help exports', () => {
  const h = helpChannelSchema.parse(portal) as HelpChannel;
  it('publishes the contract fields and the channel anchor on /help/', () => {
    const p = publicHelpChannel(h);
    expect(Object.keys(p)).toEqual([
      'id',
      'country',
      'name',
      'kind',
      'does',
      'contact',
      'website',
      'source',
      'alsoIn',
      'url',
    ]);
    expect(p.url).toBe('/help/#moldova-siguronline');
    expect(publicHelpChannel(helpChannelSchema.parse({ ...channel }) as HelpChannel).website).toBeNull();
  });
  it('writes one CSV row per channel through the shared CSV writer', () => {
    const csv = helpCsv([publicHelpChannel(h), publicHelpChannel({ ...h, id: 'x', does: '=HYPERLINK("x")' })]);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'id,country,name,kind,does,contact,website,source_id,source_section,source_snippet,also_in,url',
    );
    expect(lines).toHaveLength(3);
    expect(lines[2]).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
