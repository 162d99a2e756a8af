// A remark plugin for the country-page MDX: gives every <Num> and <Cite> an `at` attribute, "file:line", so the
// component can name the exact place in the .mdx file when its id is unknown (a thrown error from a component
// otherwise names only the component). Registered in astro.config.mjs.
import { relative } from 'node:path';

const LOCATED = new Set(['Num', 'Cite']);

export default function remarkLocate() {
  return (tree, file) => {
    const where = file.path ? relative(process.cwd(), file.path) : 'an .mdx file';
    const walk = (node) => {
      if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && LOCATED.has(node.name)) {
        const line = node.position?.start.line;
        node.attributes.push({ type: 'mdxJsxAttribute', name: 'at', value: line ? `${where}:${line}` : where });
      }
      for (const child of node.children ?? []) walk(child);
    };
    walk(tree);
  };
}
