import { addCommentSchema, DEFAULT_REPORT_VISIBILITY, REPORT_VISIBILITIES, type ReportVisibility, validate } from '@flaskhals/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { describeError, errorAt, type FieldErrors } from '../ui/forms/fieldErrors';
import { describeRequestFailure, fieldErrorsOf, useMutation } from '../ui/graphql';
import { CommentEditor } from './CommentEditor';
import { FilePicker, uploadPicked, usePickedFiles } from './FilePicker';
import { AddCommentMutation } from './operations';
import { uploadAttachment } from './uploads';

/** A new comment: Markdown with mentions, who sees it, and photos or PDFs uploaded once it is posted. */
export function CommentForm({ objectId, onPosted }: { objectId: string; onPosted: () => Promise<void> }) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [visibility, setVisibility] = useState<ReportVisibility>(DEFAULT_REPORT_VISIBILITY);
  const [errors, setErrors] = useState<FieldErrors>([]);
  const [failure, setFailure] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [busy, setBusy] = useState(false);
  const picked = usePickedFiles();
  const [add] = useMutation(AddCommentMutation);

  const submit = async () => {
    setFailure(undefined);
    setNotice(undefined);
    const checked = validate(addCommentSchema, { objectId, body, visibility });
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors([]);
    setBusy(true);
    try {
      const result = await add({ input: { objectId, body, visibility } });
      const commentId = result.addComment.id;
      const failed = await uploadPicked(picked, (file, onProgress) =>
        uploadAttachment({ commentId }, file, picked.keepLocation, onProgress),
      );
      setBody('');
      setNotice(failed ? t('discussion.uploadFailed', { count: failed }) : t('discussion.sent'));
      if (!failed) picked.clear();
      await onPosted();
    } catch (cause) {
      const fieldErrors = fieldErrorsOf(cause).map((e) => ({ ...e, field: e.field.replace(/^input\./, '') }));
      if (fieldErrors.length) setErrors(fieldErrors);
      else setFailure(describeRequestFailure(t, cause));
    } finally {
      setBusy(false);
    }
  };

  const bodyError = errorAt(errors, 'body');
  return (
    <form
      className="comment-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <CommentEditor
        objectId={objectId}
        visibility={visibility}
        value={body}
        onChange={setBody}
        label={t('discussion.writeLabel')}
        error={bodyError ? describeError(t, bodyError) : undefined}
        disabled={busy}
      />
      <label className="field comment-form__visibility">
        <span className="field__label">{t('discussion.visibilityLabel')}</span>
        <select
          className="field__input"
          value={visibility}
          onChange={(e) => setVisibility(e.target.value as ReportVisibility)}
          disabled={busy}
        >
          {REPORT_VISIBILITIES.map((v) => (
            <option key={v} value={v}>
              {t(`visibility.${v}`)}
            </option>
          ))}
        </select>
      </label>
      <FilePicker picked={picked} disabled={busy} />
      {failure && (
        <p className="notice notice--error" role="alert">
          {failure}
        </p>
      )}
      {notice && (
        <p className="notice notice--success" role="status">
          {notice}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('discussion.sending') : t('discussion.send')}
        </button>
      </div>
    </form>
  );
}
