// Editorial hygiene rules (scripts/lib/editorial.mjs): each defect found on the site is caught, and the text it
// must leave alone (verbatim report text, properly spaced templates) is not.
import { describe, expect, it } from 'vitest';
import { editorialProblems, visibleText } from '../../scripts/lib/editorial.mjs';

const page = (body: string) =>
  `<!doctype html><html><head><title>T</title><style>a{}</style></head><body>${body}</body></html>`;
const problems = (body: string) => editorialProblems(page(body)) as string[];

describe('visibleText', () => {
  it('joins inline elements without a space and breaks lines at blocks, skipping scripts and hidden elements', () => {
    const { all } = visibleText(
      page('<p>from<a href="/">Disrupting</a> Harm</p><p>Next</p><script>x()</script><div hidden>gone</div>'),
    );
    expect(all.trim()).toBe('from\u0001Disrupting Harm\nNext');
  });
});

describe('editorialProblems', () => {
  it.each([
    ['words run together across elements', '<p>Evidence from<em>Disrupting Harm</em></p>'],
    ['punctuation run into the next word', '<h3><span>6.</span>Commit funding</h3>'],
    ['middle dot without spaces', '<p><span>YP</span>· Survivor</p>'],
    ['middle dot without spaces', '<p>About ·<a href="/safety/">Safety</a></p>'],
    ['full stop before a comma or full stop', '<p>WeProtect Global Alliance., Findings</p>'],
    ['a name repeated in parentheses', '<p>(Conversations’ Participant 9, Peru, Peru)</p>'],
    ['numeric date (write it out)', '<p>ECPAT, INTERPOL and UNICEF. (06/09/26).</p>'],
    ['a note for editors', '<p>Note: the brace in the snippet is an artefact of the report text file.</p>'],
  ])('finds "%s" in %s', (rule, body) => {
    expect(problems(body).some((p) => p.startsWith(rule))).toBe(true);
  });

  it('accepts the same content written properly', () => {
    expect(
      problems(
        '<p>Evidence from <em>Disrupting Harm</em></p><h3><span>6</span> Commit funding</h3><p><span>YP</span> · Survivor</p>' +
          '<p>WeProtect Global Alliance, Findings</p><p>(Conversations’ Participant 9, Peru)</p><p>accessed 29 November 2026</p>',
      ),
    ).toEqual([]);
  });

  it('leaves verbatim report text alone for punctuation and dates, but not for run-together templates', () => {
    expect(
      problems('<blockquote data-verbatim>ECPAT. (06/09/26). Safe Online., x</blockquote><p>Said: <q>Yes.</q></p>'),
    ).toEqual([]);
    expect(problems('<p>section<q>The words</q></p>').length).toBe(1);
  });
});
