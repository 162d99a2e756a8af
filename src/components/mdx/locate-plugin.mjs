// An mdast plugin for the country-page MDX (Astro's Sätteri processor): gives every <Num> and <Cite> an `at`
// attribute, "file:line", so the component can name the exact place in the .mdx file when its id is unknown (an
// error thrown by a component otherwise names only the component). Registered in astro.config.mjs.
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const LOCATED = new Set(['Num', 'Cite']);

function locate(node, ctx) {
  if (!LOCATED.has(node.name)) return;
  const file = ctx.fileURL ? relative(process.cwd(), fileURLToPath(ctx.fileURL)) : 'an .mdx file';
  const line = node.position?.start.line;
  const at = { type: 'mdxJsxAttribute', name: 'at', value: line ? `${file}:${line}` : file };
  // Attributes cannot be set in place; the element is replaced by a copy that has one more.
  ctx.replaceNode(node, {
    type: node.type,
    name: node.name,
    attributes: [...node.attributes, at],
    children: [...(node.children ?? [])],
  });
}

export const locateComponents = {
  name: 'locate-num-and-cite',
  options: { position: true },
  mdxJsxTextElement: locate,
  mdxJsxFlowElement: locate,
};
