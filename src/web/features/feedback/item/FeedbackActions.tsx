import { Button, Group, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useSession } from '../../../api/queries.ts';
import { ActionMenu, useStepRunner } from '../../../components/ActionMenu.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { FEEDBACK_ROLES, hasRole } from '../../../nav.ts';
import { useFeedbackAction } from '../queries.ts';
import type { FeedbackDetail, FeedbackStatus } from '../types.ts';
import {
  AssignForm,
  type Done,
  MergeForm,
  OfficerForm,
  type TextAction,
  TextActionForm,
  TransferForm,
  VerifyForm,
} from './ActionForms.tsx';

export type Dialog =
  | { kind: TextAction | 'transfer' | 'assign' | 'officer' | 'verify' }
  | { kind: 'merge'; into: string }
  | null;

/** Which actions each state allows (the server checks again: feedback-status.ts). */
const ALLOWED = {
  accept: ['cho_tiep_nhan', 'da_chuyen'],
  reject: ['cho_tiep_nhan', 'da_chuyen', 'cho_bo_sung'],
  transfer: ['cho_tiep_nhan', 'da_chuyen', 'dang_xu_ly'],
  'request-info': ['cho_tiep_nhan', 'da_chuyen', 'dang_xu_ly'],
  'info-received': ['cho_bo_sung'],
  answer: ['dang_xu_ly'],
  approve: ['cho_duyet'],
  'return-draft': ['cho_duyet'],
  publish: ['da_tra_loi'],
  reopen: ['da_tra_loi', 'da_cong_khai'],
  assign: ['cho_tiep_nhan', 'da_chuyen', 'cho_bo_sung', 'dang_xu_ly', 'cho_duyet'],
} as const satisfies Record<string, readonly FeedbackStatus[]>;

const allowed = (action: keyof typeof ALLOWED, status: FeedbackStatus) =>
  (ALLOWED[action] as readonly FeedbackStatus[]).includes(status);

/**
 * The buttons an item's state and the user's role allow, their dialogs, and what happened. Every
 * refusal shows the server's Vietnamese message. The duplicates and officer sections open their
 * dialogs here too (`dialog` / `onDialog`).
 */
export function FeedbackActions({
  item,
  dialog,
  onDialog,
}: {
  item: FeedbackDetail;
  dialog: Dialog;
  onDialog: (dialog: Dialog) => void;
}) {
  const { t, dateTime } = useI18n();
  const navigate = useNavigate();
  const role = useSession().data?.user.role;
  const canApprove = hasRole(role, FEEDBACK_ROLES.approve);
  const accept = useFeedbackAction(item.code, 'accept');
  const approve = useFeedbackAction(item.code, 'approve');
  const publish = useFeedbackAction(item.code, 'publish');
  const { message, setMessage, busy, error, run } = useStepRunner<FeedbackDetail>([accept, approve, publish]);
  const status = item.status;
  const close = () => onDialog(null);
  const done =
    (text: (d: FeedbackDetail) => string): Done =>
    (d) => {
      setMessage(text(d));
      close();
      // Transferred out of the user's units: nothing more to see here.
      if (d.outOfScope) void navigate({ to: '/phan-anh-xu-ly' });
    };

  const titles: Record<NonNullable<Dialog>['kind'], string> = {
    reject: t('fb.reject.title'),
    'request-info': t('fb.requestInfo.title'),
    'info-received': t('fb.infoReceived.title'),
    answer: t('fb.answer.title'),
    'return-draft': t('fb.returnDraft.title'),
    reopen: t('fb.reopen.title'),
    transfer: t('fb.transfer.title'),
    assign: t('fb.assign.title'),
    officer: t('fb.officer.title'),
    verify: t('fb.verify.title'),
    merge: t('fb.merge.title'),
  };

  const buttons: ReactNode[] = [];
  const open = (kind: Exclude<NonNullable<Dialog>['kind'], 'merge'>, label: string, danger = false) =>
    buttons.push(
      <Button
        key={kind}
        variant={danger ? 'outline' : 'default'}
        color={danger ? 'red.9' : undefined}
        disabled={busy}
        onClick={() => onDialog({ kind })}
      >
        {label}
      </Button>,
    );
  if (allowed('accept', status)) {
    buttons.push(
      <Button
        key="accept"
        loading={accept.isPending}
        disabled={busy}
        onClick={() => run(accept, () => t('fb.done.accept'))}
      >
        {t('fb.action.accept')}
      </Button>,
    );
  }
  if (allowed('answer', status)) {
    buttons.push(
      <Button key="answer" disabled={busy} onClick={() => onDialog({ kind: 'answer' })}>
        {t(item.answer ? 'fb.action.answerAgain' : 'fb.action.answer')}
      </Button>,
    );
  }
  if (allowed('approve', status) && canApprove) {
    buttons.push(
      <Button
        key="approve"
        loading={approve.isPending}
        disabled={busy}
        onClick={() =>
          run(approve, (d) => t('fb.done.approve', { due: dateTime(d.deadlines.publishBy ?? '') }))
        }
      >
        {t('fb.action.approve')}
      </Button>,
    );
  }
  if (allowed('publish', status)) {
    buttons.push(
      <Button
        key="publish"
        loading={publish.isPending}
        disabled={busy}
        onClick={() => run(publish, () => t('fb.done.publish'))}
      >
        {t('fb.action.publish')}
      </Button>,
    );
  }
  if (allowed('info-received', status)) open('info-received', t('fb.action.infoReceived'));
  if (allowed('request-info', status)) open('request-info', t('fb.action.requestInfo'));
  if (allowed('transfer', status)) open('transfer', t('fb.action.transfer'));
  if (allowed('assign', status)) open('assign', t('fb.action.assign'));
  if (allowed('return-draft', status) && canApprove) open('return-draft', t('fb.action.returnDraft'));
  if (allowed('reopen', status) && canApprove) open('reopen', t('fb.action.reopen'));
  if (allowed('reject', status)) open('reject', t('fb.action.reject'), true);

  const waitingForLeader = status === 'cho_duyet' && !canApprove;

  return (
    <ActionMenu
      message={message}
      onClearMessage={() => setMessage('')}
      error={error}
      dialogTitle={dialog ? titles[dialog.kind] : null}
      onCloseDialog={close}
      dialog={
        <>
          {dialog?.kind === 'reject' ? (
            <TextActionForm
              item={item}
              action="reject"
              intro={t('fb.reject.intro', { due: dateTime(item.deadlines.rejectBy) })}
              danger
              onCancel={close}
              onDone={done(() => t('fb.done.reject'))}
            />
          ) : null}
          {dialog?.kind === 'request-info' ? (
            <TextActionForm
              item={item}
              action="request-info"
              intro={t(item.reporter.anonymous ? 'fb.requestInfo.introAnonymous' : 'fb.requestInfo.intro')}
              onCancel={close}
              onDone={done(() => t('fb.done.requestInfo'))}
            />
          ) : null}
          {dialog?.kind === 'info-received' ? (
            <TextActionForm
              item={item}
              action="info-received"
              intro={t('fb.infoReceived.intro')}
              onCancel={close}
              onDone={done((d) => t('fb.done.infoReceived', { due: dateTime(d.deadlines.answerBy) }))}
            />
          ) : null}
          {dialog?.kind === 'answer' ? (
            <TextActionForm
              item={item}
              action="answer"
              intro={t(item.answer ? 'fb.answer.introReturned' : 'fb.answer.intro')}
              initial={item.answer ?? item.answerDraft ?? ''}
              onCancel={close}
              onDone={done(() => t('fb.done.answer'))}
            />
          ) : null}
          {dialog?.kind === 'return-draft' ? (
            <TextActionForm
              item={item}
              action="return-draft"
              onCancel={close}
              onDone={done(() => t('fb.done.returnDraft'))}
            />
          ) : null}
          {dialog?.kind === 'reopen' ? (
            <TextActionForm
              item={item}
              action="reopen"
              intro={t('fb.reopen.intro', { answer: item.deadlinePolicy.steps.answer })}
              onCancel={close}
              onDone={done((d) => t('fb.done.reopen', { due: dateTime(d.deadlines.answerBy) }))}
            />
          ) : null}
          {dialog?.kind === 'transfer' ? (
            <TransferForm
              item={item}
              onCancel={close}
              onDone={done((d) =>
                d.outOfScope ? t('fb.done.transferOut') : t('fb.done.transfer', { unit: d.unitName }),
              )}
            />
          ) : null}
          {dialog?.kind === 'assign' ? (
            <AssignForm
              item={item}
              onCancel={close}
              onDone={done((d) => t('fb.done.assign', { name: d.handler?.displayName ?? '' }))}
            />
          ) : null}
          {dialog?.kind === 'officer' ? (
            <OfficerForm
              item={item}
              onCancel={close}
              onDone={done((d) =>
                d.officer
                  ? t('fb.done.officer', { name: d.officer.displayName })
                  : t('fb.done.officerCleared'),
              )}
            />
          ) : null}
          {dialog?.kind === 'verify' ? (
            <VerifyForm
              item={item}
              onCancel={close}
              onDone={done((d) => t(d.officerVerified ? 'fb.done.verified' : 'fb.done.unverified'))}
            />
          ) : null}
          {dialog?.kind === 'merge' ? (
            <MergeForm
              item={item}
              into={dialog.into}
              onCancel={close}
              onDone={done(() => t('fb.done.merge', { into: dialog.into }))}
            />
          ) : null}
        </>
      }
    >
      {waitingForLeader ? <Text>{t('fb.actions.waitingLeader')}</Text> : null}
      {buttons.length ? <Group gap="sm">{buttons}</Group> : <Text>{t('fb.actions.none')}</Text>}
    </ActionMenu>
  );
}
