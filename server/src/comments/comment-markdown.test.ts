import { commentExcerpt, renderCommentHtml } from './comment-markdown';

const anna = '3f1e2d4c-1111-4222-8333-444455556666';

describe('comment Markdown', () => {
  it('shows a mention as the person’s current name, never as a link to the id; an unknown one as plain text', () => {
    const html = renderCommentHtml(
      `@[Gammalt namn](${anna}) och @[Okänd](00000000-0000-4000-8000-000000000000)`,
      new Map([[anna, 'Anna <Ek>']]),
    );
    expect(html).toBe(`<p><span class="mention" data-user-id="${anna}">@Anna &lt;Ek&gt;</span> och @Okänd</p>`);
  });

  it('shows an image as a link (no pictures loaded from elsewhere) and checks its address like any link', () => {
    expect(renderCommentHtml('![karta](https://example.se/k.png)')).toBe(
      '<p><a href="https://example.se/k.png" rel="noopener nofollow ugc">karta</a></p>',
    );
    expect(renderCommentHtml('![x](javascript:alert(1))')).not.toMatch(/href="javascript/);
    expect(renderCommentHtml('[x](data:text/html;base64,PHNjcmlwdD4=)')).not.toMatch(/<a /);
  });

  it('gives a plain-text excerpt of at most 140 characters', () => {
    expect(commentExcerpt('**Hej** alla\n\n- ett & två', new Map())).toBe('Hej alla ett & två');
    expect(commentExcerpt('a'.repeat(300))).toHaveLength(140);
  });
});
