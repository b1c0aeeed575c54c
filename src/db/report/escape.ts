// Article text is hostile input: everything from it goes through these before it reaches the page.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe in HTML and SVG content and in quoted attribute values. */
export const esc = (value: unknown): string => String(value ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c]);

/** An http(s) URL safe to link to, or null: other schemes (javascript:, data:) are never linked. */
export function safeUrl(url: string | null): string | null {
  if (!url || !URL.canParse(url)) return null;
  const parsed = new URL(url);
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
}

/** A fragment id made only of safe characters, for links between facts and their evidence. */
export const anchor = (...parts: (string | number)[]) => parts.map((p) => String(p).replace(/[^A-Za-z0-9_-]/g, '_')).join('-');
