import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/**
 * Markdown as people write it in Flaskhals (comments, minutes): no raw HTML (markdown-it escapes
 * it), bare links made links, line breaks kept. An image would load from wherever the author chose
 * (a tracking pixel): it is shown as a link to it, its address checked by the allow-list below.
 */
export function createMarkdownParser() {
  const parser = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });
  parser.renderer.rules.image = (tokens, idx) => {
    const token = tokens[idx];
    const src = String(token.attrGet('src') ?? '');
    const alt = token.children?.map((child) => child.content).join('') || src;
    return `<a href="${parser.utils.escapeHtml(src)}">${parser.utils.escapeHtml(alt)}</a>`;
  };
  return parser;
}

/**
 * The allow-list rendered HTML passes through, whatever markdown-it produced: only text
 * formatting, lists, quotes, code, tables and links with web or mail addresses; every link opens
 * without handing over the page (noopener) and gives the target no ranking (nofollow ugc).
 */
export const SAFE_MARKDOWN_HTML: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'strong',
    'em',
    'del',
    's',
    'code',
    'pre',
    'blockquote',
    'ul',
    'ol',
    'li',
    'a',
    'hr',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'span',
  ],
  allowedAttributes: { a: ['href', 'title', 'rel'], span: ['class', 'data-user-id'], ol: ['start'], th: ['style'], td: ['style'] },
  allowedClasses: { span: ['mention'] },
  allowedStyles: { th: { 'text-align': [/^(left|right|center)$/] }, td: { 'text-align': [/^(left|right|center)$/] } },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener nofollow ugc' }) },
};

const plain = createMarkdownParser();

/** Markdown without mentions (minutes, descriptions) as safe HTML. */
export function renderMarkdownHtml(body: string): string {
  return sanitizeHtml(plain.render(body), SAFE_MARKDOWN_HTML).trim();
}
