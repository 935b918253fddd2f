import { DISCUSSION_LIMITS } from '@flaskhals/shared';
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/** The people a body mentions, by id: their current names are what the rendering shows. */
export type MentionNames = ReadonlyMap<string, string>;

const MENTION_AT = /^@\[([^\]\n]{1,200})\]\(([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\)/i;

/**
 * Markdown as members write it: no raw HTML (markdown-it escapes it), bare links made links, line
 * breaks kept. Mentions `@[Name](uuid)` become a styled name: the person's current name when the
 * server knows them, else the text as written, never a link to the id.
 */
function markdownRenderer() {
  const parser = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });
  parser.inline.ruler.before('link', 'mention', (state, silent) => {
    if (state.src.charCodeAt(state.pos) !== 0x40 /* @ */) return false;
    const match = MENTION_AT.exec(state.src.slice(state.pos));
    if (!match) return false;
    if (!silent) {
      const token = state.push('mention', 'span', 0);
      token.meta = { userId: match[2].toLowerCase(), written: match[1] };
    }
    state.pos += match[0].length;
    return true;
  });
  parser.renderer.rules.mention = (tokens, idx, _options, env) => {
    const { userId, written } = tokens[idx].meta as { userId: string; written: string };
    const name = (env as { names?: MentionNames } | undefined)?.names?.get(userId);
    if (!name) return parser.utils.escapeHtml(`@${written}`);
    return `<span class="mention" data-user-id="${userId}">@${parser.utils.escapeHtml(name)}</span>`;
  };
  // An image would load from wherever the author chose (a tracking pixel): it is shown as a link to it
  // (attachments are the way to show photos), its address checked by the allow-list below.
  parser.renderer.rules.image = (tokens, idx) => {
    const token = tokens[idx];
    const src = String(token.attrGet('src') ?? '');
    const alt = token.children?.map((child) => child.content).join('') || src;
    return `<a href="${parser.utils.escapeHtml(src)}">${parser.utils.escapeHtml(alt)}</a>`;
  };
  return parser;
}

/** One parser for every comment; the names of one rendering travel in its env. */
const md = markdownRenderer();
const markdown = (names: MentionNames) => ({ render: (body: string) => md.render(body, { names }) });

/**
 * The allow-list the rendered HTML passes through, whatever markdown-it produced: only text
 * formatting, lists, quotes, code, tables and links with web or mail addresses; every link opens
 * without handing over the page (noopener) and gives the target no ranking (nofollow ugc).
 */
const SANITIZE: sanitizeHtml.IOptions = {
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

/** A comment's Markdown as safe HTML for `bodyHtml`. */
export function renderCommentHtml(body: string, names: MentionNames = new Map()): string {
  return sanitizeHtml(markdown(names).render(body), SANITIZE).trim();
}

/** The comment as plain text of at most 140 characters, for history events and notifications. */
export function commentExcerpt(body: string, names: MentionNames = new Map()): string {
  const text = sanitizeHtml(
    markdown(names)
      .render(body)
      .replace(/<\/(p|li|h\d|blockquote|pre)>|<br\s*\/?>/g, ' '),
    {
      allowedTags: [],
      allowedAttributes: {},
    },
  );
  const plain = decodeEntities(text).replace(/\s+/g, ' ').trim();
  return plain.length <= DISCUSSION_LIMITS.excerptMax ? plain : `${plain.slice(0, DISCUSSION_LIMITS.excerptMax - 1)}…`;
}

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name] ?? _);
}
