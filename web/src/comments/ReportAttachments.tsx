import './comments.css';

import { type ArenaRole, can } from '@flaskhals/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useMutation, useQuery } from '../ui/graphql';
import { AttachmentList } from './AttachmentList';
import { FilePicker, uploadPicked, usePickedFiles } from './FilePicker';
import { DeleteAttachmentMutation, ReportAttachmentsQuery } from './operations';
import { uploadAttachment } from './uploads';

interface ReportAttachmentsProps {
  objectId: string;
  reportId: string;
  /** The report's organization. */
  reportOrganizationId: string;
  viewer: { role: ArenaRole | null; organizationId: string | null };
  withdrawn: boolean;
}

/** A report's photos and PDFs as thumbnails; its organization and staff add and remove them. */
export function ReportAttachments({ objectId, reportId, reportOrganizationId, viewer, withdrawn }: ReportAttachmentsProps) {
  const { t } = useTranslation();
  const query = useQuery(ReportAttachmentsQuery, { id: objectId });
  const [deleteAttachment] = useMutation(DeleteAttachmentMutation);
  const picked = usePickedFiles();
  const [busy, setBusy] = useState(false);
  const [open, setOpen] = useState(false);
  const mayAttach =
    !withdrawn && (can(viewer.role, 'triage') || (can(viewer.role, 'report') && viewer.organizationId === reportOrganizationId));
  const attachments = query.data?.object?.reports.edges.find((e) => e.node.id === reportId)?.node.attachments ?? [];

  const upload = async () => {
    setBusy(true);
    try {
      const failed = await uploadPicked(picked, (file, onProgress) =>
        uploadAttachment({ reportId }, file, picked.keepLocation, onProgress),
      );
      if (!failed) setOpen(false);
      await query.refetch();
    } finally {
      setBusy(false);
    }
  };

  if (query.error && !query.data) return <p className="field__error small">{t('attachments.error')}</p>;
  if (!mayAttach && attachments.length === 0) return null;
  return (
    <div className="report-attachments" aria-label={t('attachments.reportTitle')} role="group">
      <AttachmentList
        attachments={attachments}
        onDelete={mayAttach ? async (id) => void (await deleteAttachment({ id }), await query.refetch()) : undefined}
      />
      {mayAttach &&
        (open ? (
          <div className="report-attachments__form">
            <FilePicker picked={picked} disabled={busy} />
            <div className="form-actions">
              <button
                type="button"
                className="button button--small button--primary"
                disabled={busy || picked.ready.length === 0}
                onClick={() => void upload()}
              >
                {t('attachments.upload')}
              </button>
              <button type="button" className="button button--small" onClick={() => setOpen(false)}>
                {t('discussion.cancel')}
              </button>
            </div>
          </div>
        ) : (
          <button type="button" className="button button--small" onClick={() => setOpen(true)}>
            {t('attachments.add')}
          </button>
        ))}
    </div>
  );
}
