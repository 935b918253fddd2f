import { addCommentSchema, contentTypeOfName, mentionedUserIds, mentionToken, validate, withinEditWindow } from './index';

const anna = '3f1e2d4c-1111-4222-8333-444455556666';

describe('discussion rules', () => {
  it('finds each mentioned person once, from the tokens the editor writes', () => {
    const body = `Hej ${mentionToken('Anna [A]', anna)} och @[Anna](${anna.toUpperCase()}), se @[trasig](inte-ett-id)`;
    expect(body).toContain(`@[Anna  A ](${anna})`);
    expect(mentionedUserIds(body)).toEqual([anna]);
  });

  it('takes a comment of at most 10,000 characters, MEMBERS unless told', () => {
    const objectId = '2d9e5b7a-1c4f-4e3a-8b5c-4f7a8b9c0d1e';
    expect(validate(addCommentSchema, { objectId, body: ' Hej ' })).toEqual({
      ok: true,
      value: { objectId, body: 'Hej', visibility: 'MEMBERS' },
    });
    expect(validate(addCommentSchema, { objectId, body: 'x'.repeat(10_001) })).toMatchObject({
      ok: false,
      errors: [{ field: 'body', code: 'tooLong' }],
    });
  });

  it('tells the type a name claims, and the edit window of 15 minutes', () => {
    expect([
      contentTypeOfName('karta.JPG'),
      contentTypeOfName('a.jpeg'),
      contentTypeOfName('x.pdf'),
      contentTypeOfName('anteckning.txt'),
    ]).toEqual(['image/jpeg', 'image/jpeg', 'application/pdf', null]);
    const posted = new Date('2026-12-07T10:00:00Z');
    expect(withinEditWindow(posted, new Date('2026-12-07T10:14:59Z'))).toBe(true);
    expect(withinEditWindow(posted, new Date('2026-12-07T10:15:00Z'))).toBe(false);
  });
});
