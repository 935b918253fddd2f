import { editCommentSchema, validate } from '@flaskhals/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { CommentViewFragment } from '../gql/graphql';
import { formatDate } from '../ui/format/numbers';
import { describeError, errorAt, type FieldErrors } from '../ui/forms/fieldErrors';
import { describeRequestFailure, fieldErrorsOf, useMutation } from '../ui/graphql';
import { AttachmentList } from './AttachmentList';
import { CommentEditor } from './CommentEditor';
import { DeleteAttachmentMutation, EditCommentMutation, HideCommentMutation, UnhideCommentMutation } from './operations';

interface CommentItemProps {
  comment: CommentViewFragment;
  objectId: string;
  /** Staff: hide and show again, delete attachments. */
  mayModerate: boolean;
  onChanged: () => Promise<void>;
}

/** One comment: who wrote it when, the server's safe HTML, its attachments; edit (author, 15 min) and hide (staff). */
export function CommentItem({ comment, objectId, mayModerate, onChanged }: CommentItemProps) {
  const { t, i18n } = useTranslation();
  const [mode, setMode] = useState<'view' | 'edit' | 'hide'>('view');
  const [draft, setDraft] = useState(comment.markdown ?? '');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>([]);
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [edit] = useMutation(EditCommentMutation);
  const [hide] = useMutation(HideCommentMutation);
  const [unhide] = useMutation(UnhideCommentMutation);
  const [deleteAttachment] = useMutation(DeleteAttachmentMutation);

  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setFailure(undefined);
    try {
      await work();
      setMode('view');
      setErrors([]);
      await onChanged();
    } catch (cause) {
      const fieldErrors = fieldErrorsOf(cause).map((e) => ({ ...e, field: e.field.replace(/^input\./, '') }));
      if (fieldErrors.length) setErrors(fieldErrors);
      else setFailure(describeRequestFailure(t, cause));
    } finally {
      setBusy(false);
    }
  };

  const saveEdit = () => {
    const checked = validate(editCommentSchema, { commentId: comment.id, body: draft });
    if (!checked.ok) return setErrors(checked.errors);
    void run(() => edit({ input: { commentId: comment.id, body: draft } }));
  };
  const bodyError = errorAt(errors, 'body') ?? errorAt(errors, 'commentId');
  const reasonError = errorAt(errors, 'reason');

  return (
    <li className={`comment${comment.hidden ? ' comment--hidden' : ''}`}>
      <p className="comment__meta">
        <strong>{comment.authorName ?? comment.organizationName}</strong>
        {comment.authorName && <span className="muted"> · {comment.organizationName}</span>} ·{' '}
        <time dateTime={comment.createdAt}>{formatDate(comment.createdAt, i18n.language)}</time>
        {comment.editedAt && (
          <span className="muted small"> ({t('discussion.edited', { time: formatDate(comment.editedAt, i18n.language) })})</span>
        )}{' '}
        <span className={`badge visibility-badge visibility-badge--${comment.visibility.toLowerCase()}`}>
          {t(`visibility.short.${comment.visibility}`)}
        </span>
      </p>
      {comment.hidden && (
        <p className="comment__hidden-note">
          {t(comment.bodyHtml ? 'discussion.hiddenStaffNote' : 'discussion.hiddenBySecretariat', { reason: comment.hiddenReason ?? '' })}
        </p>
      )}
      {mode === 'edit' ? (
        <div className="comment__edit">
          <CommentEditor
            objectId={objectId}
            visibility={comment.visibility}
            value={draft}
            onChange={setDraft}
            label={t('discussion.editLabel')}
            error={bodyError ? describeError(t, bodyError) : undefined}
            disabled={busy}
          />
          <div className="form-actions">
            <button type="button" className="button button--primary" disabled={busy} onClick={saveEdit}>
              {t('discussion.save')}
            </button>
            <button type="button" className="button" onClick={() => setMode('view')}>
              {t('discussion.cancel')}
            </button>
          </div>
        </div>
      ) : (
        comment.bodyHtml && (
          // Rendered and sanitised by the server (markdown-it without HTML, then an allow-list): safe to insert.
          <div className="comment__body prose" dangerouslySetInnerHTML={{ __html: comment.bodyHtml }} />
        )
      )}
      <AttachmentList
        attachments={comment.attachments}
        onDelete={comment.canEdit || mayModerate ? (id) => run(() => deleteAttachment({ id })) : undefined}
      />
      {mode === 'hide' && (
        <div
          className="withdraw-question"
          role="alertdialog"
          aria-label={t('discussion.hideQuestion')}
          onKeyDown={(e) => e.key === 'Escape' && setMode('view')}
        >
          <p className="withdraw-question__text">{t('discussion.hideQuestion')}</p>
          <label className="field">
            <span className="field__label">{t('discussion.hideReason')}</span>
            <input
              className="field__input"
              value={reason}
              autoFocus
              onChange={(e) => setReason(e.target.value)}
              aria-invalid={Boolean(reasonError)}
            />
          </label>
          {reasonError && (
            <p className="field__error" role="alert">
              {describeError(t, reasonError)}
            </p>
          )}
          <div className="form-actions">
            <button
              type="button"
              className="button button--danger"
              disabled={busy}
              onClick={() => void run(() => hide({ id: comment.id, reason }))}
            >
              {t('discussion.confirmHide')}
            </button>
            <button type="button" className="button" onClick={() => setMode('view')}>
              {t('discussion.cancel')}
            </button>
          </div>
        </div>
      )}
      {failure && (
        <p className="field__error" role="alert">
          {failure}
        </p>
      )}
      {mode === 'view' && mode === 'view' && bodyError && (
        <p className="field__error" role="alert">
          {describeError(t, bodyError)}
        </p>
      )}
      {mode === 'view' && (comment.canEdit || mayModerate) && (
        <div className="comment__actions">
          {comment.canEdit && (
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                setDraft(comment.markdown ?? '');
                setMode('edit');
              }}
            >
              {t('discussion.edit')}
            </button>
          )}
          {mayModerate &&
            (comment.hidden ? (
              <button
                type="button"
                className="button button--small"
                disabled={busy}
                onClick={() => void run(() => unhide({ id: comment.id }))}
              >
                {t('discussion.unhide')}
              </button>
            ) : (
              <button type="button" className="button button--small button--danger" onClick={() => setMode('hide')}>
                {t('discussion.hide')}
              </button>
            ))}
        </div>
      )}
    </li>
  );
}
