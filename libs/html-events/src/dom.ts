import type { AnyNode, Element } from 'domhandler';

/*
 * Iterative tree walks. cheerio's .text() and most DOM helpers recurse once
 * per nesting level, and a page with ten thousand nested <div>s overflows
 * the stack; these loops keep an explicit stack instead.
 */

export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/**
 * Visits elements under `root` (not `root` itself) in document order, with
 * their depth below `root` (children are 1). When `visit` returns false the
 * element's subtree is skipped.
 */
export function walkElements(root: AnyNode, visit: (element: Element, depth: number) => boolean | void): void {
  const stack: [AnyNode, number][] = childrenOf(root)
    .map((child): [AnyNode, number] => [child, 1])
    .reverse();
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [AnyNode, number];
    if (!isElement(node)) continue;
    if (visit(node, depth) === false) continue;
    const children = node.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i], depth + 1]);
  }
}

function childrenOf(node: AnyNode): AnyNode[] {
  return 'children' in node ? node.children : [];
}

const SKIPPED = new Set(['script', 'style', 'template', 'noscript']);
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tr',
  'ul',
]);

const MAX_TEXT = 100_000;

/**
 * The text of an element as a reader sees it: entities already decoded by
 * the HTML parser, scripts left out, a line break at <br> and block
 * boundaries (so "Theater<br>1623 Howard St." does not run together).
 */
export function textOf(root: AnyNode, maxChars = MAX_TEXT): string {
  if (root.type === 'text') return root.data;
  const parts: string[] = [];
  let length = 0;
  const stack: (AnyNode | '\n')[] = [root];
  while (stack.length > 0 && length < maxChars) {
    const node = stack.pop() as AnyNode | '\n';
    if (node === '\n') {
      parts.push('\n');
      continue;
    }
    if (node.type === 'text') {
      parts.push(node.data);
      length += node.data.length;
      continue;
    }
    if (!('children' in node)) continue;
    const name = isElement(node) ? node.name.toLowerCase() : '';
    if (SKIPPED.has(name)) continue;
    const block = BLOCKS.has(name);
    if (block) stack.push('\n');
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    if (block && node !== root) parts.push('\n');
  }
  return parts.join('').slice(0, maxChars);
}
