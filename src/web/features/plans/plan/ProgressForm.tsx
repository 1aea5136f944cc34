import { NumberInput, Progress, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useId, useState } from 'react';
import { readBase64 } from '../../../api/files.ts';
import { ErrorAlert, fieldError } from '../../../components/errors.tsx';
import { FormButtons } from '../../../components/FormButtons.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { taskStatusLabel } from '../labels.ts';
import { useReportProgress } from '../queries.ts';
import { type PlanTask, type ProgressBody, TASK_STATUSES, type TaskStatus } from '../types.ts';

/** What the server takes as evidence (modules/plans/evidence-type.ts EVIDENCE_TYPES), by file extension too. */
const EVIDENCE_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  heic: 'image/heic',
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  txt: 'text/plain',
};
const ACCEPT = Object.keys(EVIDENCE_TYPES)
  .map((ext) => `.${ext}`)
  .join(',');
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

function mimeOf(file: File): string | null {
  const known = new Set(Object.values(EVIDENCE_TYPES));
  if (file.type && known.has(file.type)) return file.type;
  const ext = file.name.split('.').pop()?.toLowerCase() ?? '';
  return EVIDENCE_TYPES[ext] ?? null;
}

/**
 * A progress report on one task: %, status, a comment, and evidence (a link, or a picture or
 * document ≤ 10 MB). Only what changed is sent; 100% means done, and done means 100%.
 */
export function ProgressForm({
  planId,
  task,
  onDone,
  onCancel,
}: {
  planId: number;
  /** The task as the plan page or "Nhiệm vụ của tôi" shows it. */
  task: Pick<PlanTask, 'id' | 'position' | 'task' | 'progress' | 'status'>;
  onDone: (task: PlanTask) => void;
  onCancel: () => void;
}) {
  const { t, number } = useI18n();
  const report = useReportProgress(planId, task.id);
  const fileId = useId();
  const [progress, setProgress] = useState<number>(task.progress);
  const [status, setStatus] = useState<TaskStatus>(task.status);
  const [comment, setComment] = useState('');
  const [link, setLink] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [percent, setPercent] = useState<number | null>(null);
  const [invalid, setInvalid] = useState<Record<string, string | undefined>>({});

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (report.isPending) return;
    const mime = file ? mimeOf(file) : null;
    const next = {
      progress:
        Number.isInteger(progress) && progress >= 0 && progress <= 100
          ? undefined
          : t('plans.progress.range'),
      link:
        link.trim() && !/^https?:\/\/\S+$/i.test(link.trim()) ? t('plans.progress.linkInvalid') : undefined,
      file: file
        ? !mime
          ? t('plans.progress.fileType')
          : file.size > EVIDENCE_MAX_BYTES
            ? t('plans.progress.fileSize')
            : file.size === 0
              ? t('plans.progress.fileEmpty')
              : undefined
        : undefined,
      form:
        progress === task.progress && status === task.status && !comment.trim() && !link.trim() && !file
          ? t('plans.progress.nothing')
          : undefined,
    };
    setInvalid(next);
    if (Object.values(next).some(Boolean)) return;
    const body: ProgressBody = {
      ...(progress !== task.progress ? { progress } : {}),
      ...(status !== task.status ? { status } : {}),
      ...(comment.trim() ? { comment: comment.trim() } : {}),
      ...(link.trim() ? { link: link.trim() } : {}),
    };
    if (file && mime) {
      try {
        body.file = { name: file.name, mime, base64: await readBase64(file) };
      } catch {
        setInvalid({ file: t('plans.progress.fileRead') });
        return;
      }
      setPercent(0);
    }
    report.mutate(
      { body, onProgress: setPercent },
      {
        onSuccess: onDone,
        onSettled: () => setPercent(null),
      },
    );
  };
  const err = (f: string) => invalid[f] ?? fieldError(report.error, f);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm">{t('plans.progress.task', { position: task.position, task: task.task })}</Text>
        <ErrorAlert error={report.error} />
        {invalid.form ? (
          <Text role="alert" c="red.9" size="sm" fw={600}>
            {invalid.form}
          </Text>
        ) : null}
        <NumberInput
          label={t('plans.progress.percent')}
          description={t('plans.progress.percentHint', { current: number(task.progress) })}
          value={progress}
          onChange={(value) => {
            const n = typeof value === 'number' ? value : Number(value);
            setProgress(Number.isFinite(n) ? n : Number.NaN);
            if (n === 100) setStatus('hoan_thanh');
            else if (status === 'hoan_thanh' && n < 100)
              setStatus(task.status === 'hoan_thanh' ? 'dang_thuc_hien' : task.status);
          }}
          min={0}
          max={100}
          step={5}
          clampBehavior="strict"
          allowDecimal={false}
          suffix="%"
          error={err('progress')}
          data-autofocus
        />
        <Select
          label={t('plans.progress.status')}
          data={TASK_STATUSES.map((s) => ({ value: s, label: taskStatusLabel(t, s) }))}
          value={status}
          onChange={(value) => {
            const next = (value as TaskStatus | null) ?? status;
            setStatus(next);
            if (next === 'hoan_thanh') setProgress(100);
          }}
          allowDeselect={false}
          error={err('status')}
          comboboxProps={{ withinPortal: true }}
        />
        <Textarea
          label={t('plans.progress.comment')}
          value={comment}
          onChange={(e) => setComment(e.currentTarget.value)}
          error={err('comment')}
          autosize
          minRows={2}
          maxLength={4000}
        />
        <TextInput
          type="url"
          label={t('plans.progress.link')}
          description={t('plans.progress.linkHint')}
          value={link}
          onChange={(e) => setLink(e.currentTarget.value)}
          error={err('link')}
          maxLength={1000}
        />
        <div>
          <Text component="label" htmlFor={fileId} size="sm" fw={500}>
            {t('plans.progress.file')}
          </Text>
          <Text size="xs" id={`${fileId}-hint`}>
            {t('plans.progress.fileHint')}
          </Text>
          <input
            id={fileId}
            type="file"
            className="file-input"
            accept={ACCEPT}
            aria-describedby={`${fileId}-hint${err('file') ? ` ${fileId}-error` : ''}`}
            aria-invalid={Boolean(err('file')) || undefined}
            onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
          />
          {err('file') ? (
            <Text id={`${fileId}-error`} size="sm" c="red.9" mt={4}>
              {err('file')}
            </Text>
          ) : null}
        </div>
        {percent !== null ? (
          <div>
            <Text size="sm" role="status">
              {percent < 100 ? t('plans.progress.uploading', { percent }) : t('plans.progress.uploaded')}
            </Text>
            <Progress value={percent} aria-label={t('plans.progress.uploadLabel')} />
          </div>
        ) : null}
        <FormButtons
          onCancel={onCancel}
          pending={report.isPending}
          submitLabel={t('plans.progress.submit')}
        />
      </Stack>
    </form>
  );
}
