import { mentionToken, type ReportVisibility } from '@flaskhals/shared';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useQuery } from '../ui/graphql';
import { CommentPreviewQuery, MentionCandidatesQuery } from './operations';

/** The "@name" being typed just before the caret, if any. */
export function mentionQueryAt(text: string, caret: number): { start: number; search: string } | null {
  const match = /(^|\s)@([\p{L}\p{N}._-]{0,40})$/u.exec(text.slice(0, caret));
  return match ? { start: caret - match[2].length - 1, search: match[2] } : null;
}

interface CommentEditorProps {
  objectId: string;
  visibility: ReportVisibility;
  value: string;
  onChange: (value: string) => void;
  label: string;
  error?: string;
  disabled?: boolean;
}

/**
 * A Markdown text area with a preview rendered by the server (the same rules as the published
 * comment) and an autocomplete of the people who will see the comment: type @ and a name, choose
 * with the arrow keys and Enter (or a click); the mention is written as @[Name](id).
 */
export function CommentEditor({ objectId, visibility, value, onChange, label, error, disabled }: CommentEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const [tab, setTab] = useState<'write' | 'preview'>('write');
  const [mention, setMention] = useState<{ start: number; search: string } | null>(null);
  const [active, setActive] = useState(0);
  const candidates = useQuery(
    MentionCandidatesQuery,
    { objectId, visibility, search: mention?.search || null },
    { skip: !mention || tab !== 'write' },
  );
  const people = mention ? (candidates.data?.mentionCandidates.edges.map((e) => e.node) ?? []) : [];
  const preview = useQuery(CommentPreviewQuery, { objectId, body: value }, { skip: tab !== 'preview' || !value.trim() });
  useEffect(() => setActive(0), [mention?.search]);
  // A sent comment empties the text: the next one starts in the writing tab.
  useEffect(() => {
    if (!value) setTab('write');
  }, [value]);

  const follow = (text: string, caret: number) => setMention(mentionQueryAt(text, caret));
  const choose = (person: { id: string; name: string }) => {
    if (!mention) return;
    const caret = area.current?.selectionStart ?? value.length;
    const token = `${mentionToken(person.name, person.id)} `;
    const next = value.slice(0, mention.start) + token + value.slice(caret);
    onChange(next);
    setMention(null);
    requestAnimationFrame(() => {
      const at = mention.start + token.length;
      area.current?.focus();
      area.current?.setSelectionRange(at, at);
    });
  };
  const listId = `${id}-mentions`;
  const open = mention !== null && tab === 'write';

  return (
    <div className={`comment-editor field${error ? ' field--error' : ''}`}>
      <div className="comment-editor__tabs" role="tablist" aria-label={t('discussion.modes')}>
        {(['write', 'preview'] as const).map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            aria-selected={tab === name}
            className={`comment-editor__tab${tab === name ? ' comment-editor__tab--active' : ''}`}
            onClick={() => setTab(name)}
          >
            {t(`discussion.${name}`)}
          </button>
        ))}
      </div>
      {tab === 'write' ? (
        <div className="comment-editor__write">
          <label htmlFor={id} className="field__label">
            {label}
          </label>
          <textarea
            id={id}
            ref={area}
            className="field__input comment-editor__text"
            rows={4}
            value={value}
            disabled={disabled}
            aria-invalid={Boolean(error)}
            aria-describedby={error ? `${id}-error` : `${id}-help`}
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={open && people.length > 0}
            aria-controls={listId}
            aria-activedescendant={open && people[active] ? `${listId}-${people[active].id}` : undefined}
            onChange={(e) => {
              onChange(e.target.value);
              follow(e.target.value, e.target.selectionStart);
            }}
            onClick={(e) => follow(value, e.currentTarget.selectionStart)}
            onKeyDown={(e) => {
              if (!open || people.length === 0) {
                if (e.key === 'Escape') setMention(null);
                return;
              }
              if (e.key === 'ArrowDown') {
                e.preventDefault();
                setActive((i) => (i + 1) % people.length);
              } else if (e.key === 'ArrowUp') {
                e.preventDefault();
                setActive((i) => (i - 1 + people.length) % people.length);
              } else if (e.key === 'Enter' || e.key === 'Tab') {
                e.preventDefault();
                choose(people[active]);
              } else if (e.key === 'Escape') {
                e.preventDefault();
                setMention(null);
              }
            }}
          />
          {open && (
            <div className="mention-list">
              {people.length > 0 ? (
                <ul id={listId} role="listbox" aria-label={t('discussion.mentionList')}>
                  {people.map((person, i) => (
                    <li
                      key={person.id}
                      id={`${listId}-${person.id}`}
                      role="option"
                      aria-selected={i === active}
                      className={`mention-list__option${i === active ? ' mention-list__option--active' : ''}`}
                      onMouseDown={(e) => {
                        e.preventDefault();
                        choose(person);
                      }}
                    >
                      <strong>{person.name}</strong> <span className="muted small">{person.organizationName}</span>
                    </li>
                  ))}
                </ul>
              ) : (
                candidates.data && <p className="muted small">{t('discussion.noMentionMatch')}</p>
              )}
              <p className="muted small">{t('discussion.mentionHint')}</p>
            </div>
          )}
        </div>
      ) : (
        <div className="comment-editor__preview comment__body" role="tabpanel" aria-live="polite">
          {!value.trim() ? (
            <p className="muted">{t('discussion.previewEmpty')}</p>
          ) : preview.error ? (
            <p className="field__error">{t('discussion.previewError')}</p>
          ) : preview.data ? (
            // The server's rendering: Markdown with HTML off, then an allow-list sanitiser (comments/comment-markdown.ts).
            <div dangerouslySetInnerHTML={{ __html: preview.data.commentPreview }} />
          ) : (
            <p className="muted">{t('app.loading')}</p>
          )}
        </div>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error" role="alert">
          {error}
        </p>
      )}
      <details id={`${id}-help`} className="comment-editor__help small">
        <summary>{t('discussion.markdownHelp')}</summary>
        <p className="muted">{t('discussion.markdownHelpText')}</p>
      </details>
    </div>
  );
}
