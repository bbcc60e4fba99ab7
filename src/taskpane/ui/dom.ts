/* global HTMLElementTagNameMap -- a DOM type, which the linter does not know as a global */
interface ElementOptions {
  className?: string;
  text?: string;
  attrs?: Readonly<Record<string, string>>;
}

/**
 * Creates an element with text content only: data never goes through HTML parsing, so a park named
 * `<img src=x onerror=…>` shows as those characters.
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  ...children: Node[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (options.className) element.className = options.className;
  if (options.text !== undefined) element.textContent = options.text;
  for (const [name, value] of Object.entries(options.attrs ?? {}))
    element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** The element with this id; the page is ours, so a missing one is a build defect. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`taskpane.html has no element #${id}`);
  return element as T;
}

/** Sets the text of the page's elements, each given by id: a section's labels in a language. */
export function setTexts(texts: readonly (readonly [id: string, text: string])[]): void {
  for (const [id, text] of texts) byId(id).textContent = text;
}
