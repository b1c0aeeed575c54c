// Source: the navigation, sharing, subscription and photo-credit labels of English-language news
// sites (menus, share bars, newsletter boxes, caption credits), as seen on common page templates;
// general knowledge. Lower case; a line made only of these words is page furniture.

/** Menu and section labels: a line of nothing else is navigation. */
export const NAVIGATION_WORDS: string[] = [
  'about us', 'all sections', 'analysis', 'archive', 'arts', 'asia', 'business', 'contact', 'contact us', 'culture',
  'e-paper', 'economy', 'editions', 'editorial', 'entertainment', 'environment', 'epaper', 'europe', 'features',
  'health', 'home', 'latest', 'latest news', 'lifestyle', 'live', 'live tv', 'log in', 'login', 'markets', 'menu',
  'more', 'most read', 'national', 'news', 'opinion', 'politics', 'register', 'science', 'search', 'sections',
  'sign in', 'sign up', 'skip to content', 'skip to main content', 'sport', 'sports', 'subscribe', 'technology',
  'top stories', 'trending', 'video', 'videos', 'weather', 'world',
];

/** Share bars and reader prompts, whole lines. */
export const SHARE_PROMPTS: string[] = [
  'add comment', 'advertisement', 'click to share', 'comments', 'copy link', 'email', 'facebook', 'follow us', 'google',
  'leave a comment', 'linkedin', 'photo gallery', 'photos', 'pinterest', 'pocket', 'print', 'read more', 'reddit',
  'related', 'related articles', 'related coverage', 'related stories', 'share', 'share on facebook',
  'share on twitter', 'share this', 'share this article', 'share this story', 'tweet', 'twitter', 'whatsapp',
];

/** Where a newsletter or subscription box starts. */
export const NEWSLETTER_CUES: string[] = [
  'delivered to your inbox', 'get our newsletter', 'in your inbox', 'sign up for our', 'sign up to our',
  'subscribe to our', 'subscribe to the', 'thank you for subscribing', 'you have been subscribed',
];

/** Agencies whose photographers are credited "AGENCY/Name" under pictures. */
export const PHOTO_AGENCIES: string[] = [
  'AA', 'AFP', 'ANADOLU', 'AP', 'EPA', 'EPA-EFE', 'GETTY', 'IRNA', 'KCNA', 'POOL', 'REUTERS', 'SPUTNIK', 'TASS', 'UPI',
  'WANA', 'XINHUA', 'YONHAP',
];

/** How photo captions and credits start. */
export const PHOTO_CUES: string[] = [
  'file image', 'file photo', 'image caption', 'image credit', 'image:', 'images:', 'photo credit', 'photo:',
  'photograph:', 'photos:', 'picture:', 'source images by',
];

/** Labels a page prints in capitals before a colon or dash ("FILE PHOTO:", "BREAKING -"): never a dateline's place. */
export const SLUG_LABELS: string[] = [
  'ANALYSIS', 'BREAKING', 'BREAKING NEWS', 'CORRECTION', 'DATE', 'EDITORIAL', 'EXCLUSIVE', 'FACT CHECK', 'FILE', 'FILE PHOTO',
  'LIVE', 'LIVE BLOG', 'NOTE', 'OPINION', 'PHOTO', 'PHOTOS', 'READ MORE', 'UPDATE', 'UPDATED', 'VIDEO', 'WATCH',
];
