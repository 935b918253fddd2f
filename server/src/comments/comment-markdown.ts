import { DISCUSSION_LIMITS } from '@flaskhals/shared';
import sanitizeHtml from 'sanitize-html';

import { createMarkdownParser, SAFE_MARKDOWN_HTML } from '../common/markdown/markdown';

/** The people a body mentions, by id: their current names are what the rendering shows. */
export type MentionNames = ReadonlyMap<string, string>;

const MENTION_AT = /^@\[([^\]\n]{1,200})\]\(([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\)/i;

/**
 * The house Markdown (server/src/common/markdown/) plus mentions: `@[Name](uuid)` becomes a styled
 * name, the person's current name when the server knows them, else the text as written, never a
 * link to the id.
 */
function markdownRenderer() {
  const parser = createMarkdownParser();
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
  return parser;
}

/** One parser for every comment; the names of one rendering travel in its env. */
const md = markdownRenderer();
const markdown = (names: MentionNames) => ({ render: (body: string) => md.render(body, { names }) });

/** A comment's Markdown as safe HTML for `bodyHtml`. */
export function renderCommentHtml(body: string, names: MentionNames = new Map()): string {
  return sanitizeHtml(markdown(names).render(body), SAFE_MARKDOWN_HTML).trim();
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
