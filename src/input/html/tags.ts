// Element names by the part they play in turning a page into article text (after the HTML Living
// Standard's content categories and parsing rules, trimmed to what matters here).

const names = (list: string) => new Set(list.split(' '));

/** Never text: scripts, styles, templates, embedded content, controls, the document head. */
export const HIDDEN_ELEMENTS = names(
  'audio button canvas head iframe math noscript object script select style svg template textarea title video',
);

/** Page furniture: dropped from the text at any depth below the main block (a header's h1 can still be the headline). */
export const FURNITURE_ELEMENTS = names('aside figcaption figure footer header nav');

/**
 * Forms are dropped like furniture (search boxes, sign-up and comment forms) but not avoided when the
 * main block is chosen: some sites (ASP.NET WebForms) wrap the whole page in one form.
 */
export const FORM_ELEMENT = 'form';

/** Elements whose start and end are paragraph breaks; every other element is inline and never breaks a word. */
export const BLOCK_ELEMENTS = names(
  'address article aside blockquote body caption center dd details dialog div dl dt fieldset figcaption figure ' +
    'footer form h1 h2 h3 h4 h5 h6 header hgroup html legend li main nav ol p pre section summary table tbody td ' +
    'tfoot th thead tr ul',
);

/** Empty elements that are a paragraph break where they stand. */
export const BREAK_ELEMENTS = names('br hr');

/** Elements with no content and no end tag. */
export const VOID_ELEMENTS = names('area base br col embed hr img input link meta param source track wbr');

const CLOSES_P =
  'address article aside blockquote dd details div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 ' +
  'header hr li main nav ol p pre section table ul';

/** Open elements an opening tag closes first when one is innermost ("<li>a<li>b", "<p>a<div>"): closed → openers. */
const CLOSED_BY: Record<string, string> = {
  dd: 'dd dt',
  dt: 'dd dt',
  li: 'li',
  option: 'option optgroup',
  p: CLOSES_P,
  tbody: 'tbody tfoot',
  td: 'td th tr tbody tfoot',
  th: 'td th tr tbody tfoot',
  thead: 'tbody tfoot',
  tr: 'tr tbody tfoot',
};

/** Opening tag → the innermost open elements it implicitly closes. */
export const IMPLIED_CLOSES = new Map<string, Set<string>>();
for (const [closed, openers] of Object.entries(CLOSED_BY)) {
  for (const opener of openers.split(' ')) {
    const set = IMPLIED_CLOSES.get(opener) ?? new Set<string>();
    set.add(closed);
    IMPLIED_CLOSES.set(opener, set);
  }
}
