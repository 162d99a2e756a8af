// @ts-check
// An mdast plugin for the country-page MDX (Astro's Sätteri processor): gives every <Num> and <Cite> an `at`
// attribute, "file:line", so the component can name the exact place in the .mdx file when its id is unknown (an
// error thrown by a component otherwise names only the component). Registered in astro.config.mjs.
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const LOCATED = new Set(['Num', 'Cite']);

// Types from satteri, the processor @astrojs/markdown-satteri runs (a dependency of it, not of ours: types only).
/**
 * @param {Readonly<import('satteri').MdxJsxTextElement | import('satteri').MdxJsxFlowElement>} node
 * @param {import('satteri').MdastVisitorContext} ctx
 */
function locate(node, ctx) {
  if (!node.name || !LOCATED.has(node.name)) return;
  const file = ctx.fileURL ? relative(process.cwd(), fileURLToPath(ctx.fileURL)) : 'an .mdx file';
  const line = node.position?.start.line;
  /** @type {import('satteri').MdxJsxAttributeNode} */
  const at = { type: 'mdxJsxAttribute', name: 'at', value: line ? `${file}:${line}` : file };
  // Attributes cannot be set in place; the element is replaced by a copy that has one more.
  ctx.replaceNode(node, {
    type: node.type,
    name: node.name,
    attributes: [...node.attributes, at],
    children: [...(node.children ?? [])],
  });
}

/** @type {import('satteri').MdastPluginDefinition} */
export const locateComponents = {
  name: 'locate-num-and-cite',
  options: { position: true },
  mdxJsxTextElement: locate,
  mdxJsxFlowElement: locate,
};
