// What is asked for: the words after the appeal verb, to the end of their clause, kept short.
const LEAD_RE = /^\s*(?:on\s+\w+day\s+)?(?:(?:for|to|that|on|of)\s+)?/i;
const END_RE =
  /[;:!?"“”()]|``|''|(?<![A-Z])\.(?=\s)|,\s+(?=(?:which|who|according|said|says|while|as|amid|following|saying|adding|noting|arguing|warning|the|a|an|he|she|it|they)\b)|\s(?:[–—]|--)\s|\b(?:following|amid|according\s+to|in\s+order\s+to|to\s+prevent|to\s+resolve|in\s+the\s+wake|ahead\s+of)\b/i;
const MAX_WORDS = 16;
/** 'called for "a permanent mechanism"': the quoted words are the demand. */
const OPENING_QUOTE_RE = /^["“‘]+/;

export function demandAfter(text: string, from: number, to: number): string {
  let rest = text.slice(from, to).replace(LEAD_RE, '').replace(OPENING_QUOTE_RE, '');
  const stop = END_RE.exec(rest);
  if (stop) rest = rest.slice(0, stop.index);
  const words = rest.trim().split(/\s+/).filter(Boolean);
  return words.slice(0, MAX_WORDS).join(' ').replace(/(?<![A-Z])[.,]$/, '');
}
