// HTML → element and text events in one pass, with no tree: htmlparser2's Tokenizer (the lexer:
// raw-text script/style, entities, attributes, comments) and our own stack of open elements.
// htmlparser2's Parser keeps that stack with Array#unshift and scans it for every end tag, which is
// quadratic in the nesting depth (100,000 nested elements take seconds, stray end tags tens of
// seconds); here opening is a push, an end tag with no open element is one map look-up, and each
// element is closed once.
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import { IMPLIED_CLOSES, VOID_ELEMENTS } from './tags.js';

export type Attributes = Map<string, string>;

/** Every open() is matched by one close(), innermost first; void elements close at once. */
export interface ElementHandler {
  open(name: string, attributes: Attributes): void;
  close(): void;
  text(text: string): void;
}

export function parseHtml(html: string, handler: ElementHandler): void {
  const stack: string[] = [];
  const openCount = new Map<string, number>();
  let tagName = '';
  let attributes: Attributes = new Map();
  let attributeName = '';
  let attributeValue = '';

  const closeInnermost = () => {
    const name = stack.pop()!;
    openCount.set(name, openCount.get(name)! - 1);
    handler.close();
  };
  const openElement = (name: string, attrs: Attributes) => {
    const implied = IMPLIED_CLOSES.get(name);
    while (implied && stack.length > 0 && implied.has(stack[stack.length - 1])) closeInnermost();
    handler.open(name, attrs);
    if (VOID_ELEMENTS.has(name)) {
      handler.close();
      return;
    }
    stack.push(name);
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
  };
  const closeElement = (name: string) => {
    if (openCount.get(name)) {
      while (stack[stack.length - 1] !== name) closeInnermost();
      closeInnermost();
    } else if (name === 'p' || name === 'br') {
      openElement(name, new Map()); // browsers read a stray </p> or </br> as an empty element
      if (name === 'p') closeInnermost();
    }
  };
  const lower = (start: number, end: number) => html.slice(start, end).toLowerCase();

  const callbacks: TokenizerCallbacks = {
    ontext: (start, end) => handler.text(html.slice(start, end)),
    ontextentity: (codePoint) => handler.text(String.fromCodePoint(codePoint)),
    onopentagname: (start, end) => {
      tagName = lower(start, end);
      attributes = new Map();
    },
    onattribname: (start, end) => {
      attributeName = lower(start, end);
    },
    onattribdata: (start, end) => {
      attributeValue += html.slice(start, end);
    },
    onattribentity: (codePoint) => {
      attributeValue += String.fromCodePoint(codePoint);
    },
    onattribend: () => {
      if (!attributes.has(attributeName)) attributes.set(attributeName, attributeValue);
      attributeValue = '';
    },
    onopentagend: () => openElement(tagName, attributes),
    onselfclosingtag: () => openElement(tagName, attributes), // HTML ignores the slash of <div/>
    onclosetag: (start, end) => closeElement(lower(start, end)),
    oncomment: () => {},
    oncdata: () => {},
    ondeclaration: () => {},
    onprocessinginstruction: () => {},
    onend: () => {
      while (stack.length > 0) closeInnermost();
    },
  };
  const tokenizer = new Tokenizer({ decodeEntities: true }, callbacks);
  tokenizer.write(html);
  tokenizer.end();
}
