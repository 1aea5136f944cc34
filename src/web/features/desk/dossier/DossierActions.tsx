import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { ActionMenu, useStepRunner } from '../../../components/ActionMenu.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { isClosedStatus } from '../due.ts';
import { regimeFormOf, slipLabel } from '../labels.ts';
import { useDossierAction } from '../queries.ts';
import type { DossierDetail, Handover } from '../types.ts';
import {
  ApologyForm,
  type Done,
  HandoverForm,
  ReceiveHandoverForm,
  RefuseForm,
  StopForm,
  SupplementForm,
  WithdrawForm,
} from './ActionForms.tsx';

type Dialog =
  | { kind: 'supplement' | 'refuse' | 'apology' | 'handover' | 'withdraw' | 'stop' }
  | { kind: 'receive'; handover: Handover }
  | null;

/** Which actions the status allows (the server checks again: dossier-status.ts). */
const ALLOWED = {
  process: [2],
  supplement: [2, 4],
  supplementDone: [5],
  result: [2, 4],
  returnResult: [9],
  apology: [1, 2, 4, 5, 6],
  handover: [1, 2, 4],
  refuse: [1, 2, 4, 5, 6],
  withdraw: [1, 2, 4, 5, 6],
  /** Only under a regime with a stop notice (NĐ 118/2025, TT 03/2025 Mẫu số 05): checked below. */
  stop: [4, 5, 6],
} as const satisfies Record<string, readonly number[]>;

/** "Yêu cầu bổ sung hồ sơ (Mẫu 02)": a dialog's title with the paper it prints, when there is one. */
const withPaper = (title: string, paper: string) => (paper ? `${title} (${paper})` : title);

const allowed = (action: keyof typeof ALLOWED, status: number) =>
  (ALLOWED[action] as readonly number[]).includes(status);

/**
 * The buttons a dossier's status allows, their dialogs, and what happened ("Đã chuyển xử lý").
 * Every refusal shows the server's Vietnamese message.
 */
export function DossierActions({
  dossier,
  receiving,
  onReceived,
}: {
  dossier: DossierDetail;
  /** A hand-over row's "Nhận bàn giao" (the table is elsewhere on the page). */
  receiving: Handover | null;
  onReceived: () => void;
}) {
  const { t, dateTime } = useI18n();
  const [dialog, setDialog] = useState<Dialog>(null);
  const process = useDossierAction(dossier.code, 'process');
  const supplementDone = useDossierAction(dossier.code, 'supplement-complete');
  const result = useDossierAction(dossier.code, 'result');
  const returnResult = useDossierAction(dossier.code, 'return');
  const { message, setMessage, busy, error, run } = useStepRunner<DossierDetail>([
    process,
    supplementDone,
    result,
    returnResult,
  ]);
  const open = dialog ?? (receiving ? ({ kind: 'receive', handover: receiving } as const) : null);
  const close = () => {
    setDialog(null);
    if (receiving) onReceived();
  };
  const done =
    (text: (d: DossierDetail) => string): Done =>
    (d) => {
      setMessage(text(d));
      close();
    };

  const status = dossier.status;
  // Form numbers and titles come from the dossier's regime (data/regimes), never from the page.
  const formNo = (slip: string) => {
    const form = regimeFormOf(slip, dossier.regime);
    return form ? t('desk.formNo', { code: form.code }) : '';
  };
  const refusal = dossier.regime?.refusals.find((r) => r.fromStatuses.includes(status));
  const refusalPaper = refusal
    ? refusal.form
      ? t('desk.formNo', { code: refusal.form })
      : refusal.title
    : '';
  const apologyPaper = slipLabel(t, '04', dossier.regime);
  const titles = {
    supplement: withPaper(t('desk.supplement.title'), formNo('02')),
    refuse: withPaper(t('desk.refuse.title'), refusalPaper),
    apology: regimeFormOf('04', dossier.regime) ? apologyPaper : t('desk.apology.title'),
    handover: t('desk.handover.title'),
    withdraw: t('desk.withdraw.title'),
    stop: t('desk.stop.title'),
    receive: t('desk.receive.title'),
  };

  return (
    <ActionMenu
      message={message}
      onClearMessage={() => setMessage('')}
      error={error}
      dialogTitle={open ? titles[open.kind] : null}
      onCloseDialog={close}
      dialog={
        <>
          {open?.kind === 'supplement' ? (
            <SupplementForm
              dossier={dossier}
              onCancel={close}
              onDone={done(() => t('desk.done.supplement', { form: formNo('02') }))}
            />
          ) : null}
          {open?.kind === 'refuse' ? (
            <RefuseForm
              dossier={dossier}
              onCancel={close}
              onDone={done(() => t('desk.done.refuse', { paper: refusalPaper }))}
            />
          ) : null}
          {open?.kind === 'apology' ? (
            <ApologyForm
              dossier={dossier}
              onCancel={close}
              onDone={done((d) => t('desk.done.apology', { paper: apologyPaper, due: dateTime(d.dueAt) }))}
            />
          ) : null}
          {open?.kind === 'handover' ? (
            <HandoverForm
              dossier={dossier}
              onCancel={close}
              onDone={done((d) => t('desk.done.handover', { agency: d.heldBy ?? '' }))}
            />
          ) : null}
          {open?.kind === 'withdraw' ? (
            <WithdrawForm dossier={dossier} onCancel={close} onDone={done(() => t('desk.done.withdraw'))} />
          ) : null}
          {open?.kind === 'stop' ? (
            <StopForm dossier={dossier} onCancel={close} onDone={done(() => t('desk.done.stop'))} />
          ) : null}
          {open?.kind === 'receive' ? (
            <ReceiveHandoverForm
              dossier={dossier}
              handover={open.handover}
              onCancel={close}
              onDone={done(() => t('desk.done.receiveHandover', { agency: open.handover.toAgency }))}
            />
          ) : null}
        </>
      }
    >
      {isClosedStatus(status) && status !== 9 ? (
        <Text>{t('desk.actions.none')}</Text>
      ) : (
        <Group gap="sm">
          {allowed('process', status) ? (
            <Button
              loading={process.isPending}
              disabled={busy}
              onClick={() => run(process, () => t('desk.done.process'))}
            >
              {t('desk.action.process')}
            </Button>
          ) : null}
          {allowed('supplementDone', status) ? (
            <Button
              loading={supplementDone.isPending}
              disabled={busy}
              onClick={() =>
                run(supplementDone, (d) => t('desk.done.supplementDone', { due: dateTime(d.dueAt) }))
              }
            >
              {t('desk.action.supplementDone')}
            </Button>
          ) : null}
          {allowed('result', status) ? (
            <Button
              loading={result.isPending}
              disabled={busy}
              onClick={() =>
                run(result, (d) =>
                  d.slips.some((s) => s.form === 'invitation')
                    ? t('desk.done.resultEarly')
                    : t('desk.done.result'),
                )
              }
            >
              {t('desk.action.result')}
            </Button>
          ) : null}
          {allowed('returnResult', status) ? (
            <Button
              loading={returnResult.isPending}
              disabled={busy}
              onClick={() => run(returnResult, () => t('desk.done.return'))}
            >
              {t('desk.action.return')}
            </Button>
          ) : null}
          {allowed('supplement', status) ? (
            <Button variant="default" disabled={busy} onClick={() => setDialog({ kind: 'supplement' })}>
              {t('desk.action.supplement')}
            </Button>
          ) : null}
          {allowed('apology', status) ? (
            <Button variant="default" disabled={busy} onClick={() => setDialog({ kind: 'apology' })}>
              {t('desk.action.apology')}
            </Button>
          ) : null}
          {allowed('handover', status) ? (
            <Button variant="default" disabled={busy} onClick={() => setDialog({ kind: 'handover' })}>
              {t('desk.action.handover')}
            </Button>
          ) : null}
          {allowed('refuse', status) && dossier.regime?.refuseFrom.includes(status) ? (
            <Button
              variant="outline"
              color="red.9"
              disabled={busy}
              onClick={() => setDialog({ kind: 'refuse' })}
            >
              {t('desk.action.refuse')}
            </Button>
          ) : null}
          {allowed('stop', status) && dossier.regime?.forms.some((f) => f.slip === 'stop') ? (
            <Button
              variant="outline"
              color="red.9"
              disabled={busy}
              onClick={() => setDialog({ kind: 'stop' })}
            >
              {t('desk.action.stop')}
            </Button>
          ) : null}
          {allowed('withdraw', status) ? (
            <Button
              variant="outline"
              color="red.9"
              disabled={busy}
              onClick={() => setDialog({ kind: 'withdraw' })}
            >
              {t('desk.action.withdraw')}
            </Button>
          ) : null}
        </Group>
      )}
    </ActionMenu>
  );
}
