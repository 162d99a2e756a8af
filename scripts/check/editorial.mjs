#!/usr/bin/env node
// @ts-check
// Editorial hygiene over the built HTML: what a reader sees must not carry words run together across element
// boundaries ("fromDisrupting", "6.Commit"), a middle dot without spaces ("YP· Survivor"), a doubled full stop
// before a comma ("Alliance., Findings"), a doubled place ("(…Peru, Peru)"), numeric dates ("06/09/26") or notes
// written for editors ("artefact of the report text"). Verbatim report text (<q>, <blockquote>, [data-verbatim])
// is exempt from the date, punctuation and doubling rules: it is printed as the report prints it.
//   node scripts/check/editorial.mjs [dist]      (npm test runs it after the build)
// The rules live in scripts/lib/editorial.mjs, where tests/unit/editorial.test.ts checks each one can fail.
import { readFileSync } from 'node:fs';
import { htmlFiles, urlOf } from '../lib/dist.mjs';
import { editorialProblems } from '../lib/editorial.mjs';

const dist = process.argv[2] ?? 'dist';
let count = 0;
const files = htmlFiles(dist);
for (const file of files) {
  const problems = editorialProblems(readFileSync(file, 'utf8'), urlOf(dist, file));
  for (const p of problems.slice(0, 5)) console.log(`${urlOf(dist, file)}: ${p}`);
  if (problems.length > 5) console.log(`${urlOf(dist, file)}: … and ${problems.length - 5} more`);
  count += problems.length;
}
console.log(`editorial: ${files.length} pages checked; ${count} problems`);
process.exit(count ? 1 : 0);
