import { Anchor, Button, Drawer, Group, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useSession, useUnit } from '../../api/queries.ts';
import type { Unit, UnitDetail } from '../../api/types.ts';
import { ErrorAlert } from '../../components/errors.tsx';
import { CodeBadge, StatusBadge } from '../../components/StatusBadge.tsx';
import { useIsPhone } from '../../components/useIsPhone.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useCanManageUnits, useTypeLabel } from './hooks.ts';
import { CloseUnitForm, UnitForm } from './UnitForms.tsx';
import { UnitHeadingsSection } from './UnitHeadings.tsx';

type Mode = 'view' | 'edit' | 'close' | 'addChild';

interface Props {
  code: string | undefined;
  onClose: () => void;
  onOpen: (code: string) => void;
  onMessage: (message: string) => void;
}

/** Details of one unit (deep-linkable: /don-vi?ma=P09), and for admins edit, add child, close. */
export function UnitDrawer({ code, onClose, onOpen, onMessage }: Props) {
  const { t } = useI18n();
  const isPhone = useIsPhone();
  const detail = useUnit(code);
  const [mode, setMode] = useState<Mode>('view');
  useEffect(() => {
    if (code) setMode('view');
  }, [code]);
  const unit = detail.data;

  const title = (() => {
    if (!unit) return t('units.detail.title');
    if (mode === 'edit') return t('units.edit.title', { code: unit.code });
    if (mode === 'close') return t('units.close.title', { code: unit.code });
    if (mode === 'addChild') return t('units.addChild');
    return unit.name;
  })();

  const done = (message: string, next?: Unit) => {
    onMessage(message);
    setMode('view');
    if (next && next.code !== code) onOpen(next.code);
  };

  return (
    <Drawer
      opened={Boolean(code)}
      onClose={onClose}
      position="right"
      size={isPhone ? '100%' : 'lg'}
      title={title}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      padding="md"
    >
      {detail.isPending && code ? (
        <Group role="status">
          <Loader size="sm" />
          <Text>{t('app.loading')}</Text>
        </Group>
      ) : null}
      <ErrorAlert error={detail.error} />
      {unit && mode === 'view' ? <UnitView unit={unit} onOpen={onOpen} onMode={setMode} /> : null}
      {unit && mode === 'edit' ? (
        <UnitForm
          unit={unit}
          onCancel={() => setMode('view')}
          onDone={(saved) => done(t('units.edit.done', { code: saved.code }))}
        />
      ) : null}
      {unit && mode === 'addChild' ? (
        <UnitForm
          parentCode={unit.code}
          onCancel={() => setMode('view')}
          onDone={(saved) => done(t('units.create.done', { name: saved.name, code: saved.code }), saved)}
        />
      ) : null}
      {unit && mode === 'close' ? (
        <CloseUnitForm
          unit={unit}
          onCancel={() => setMode('view')}
          onDone={(saved) => done(t('units.close.done', { code: saved.code }))}
        />
      ) : null}
    </Drawer>
  );
}

function UnitView({
  unit,
  onOpen,
  onMode,
}: {
  unit: UnitDetail;
  onOpen: (code: string) => void;
  onMode: (mode: Mode) => void;
}) {
  const { t, date } = useI18n();
  const typeLabel = useTypeLabel();
  const canManage = useCanManageUnits();
  const ownUnit = useSession().data?.user.unitCode === unit.code;
  const unitLink = (u: { code: string; name: string }) => (
    <Anchor component="button" type="button" onClick={() => onOpen(u.code)} ta="left">
      {u.name} ({u.code})
    </Anchor>
  );
  return (
    <Stack gap="md">
      {unit.validTo && unit.successors.length > 0 ? (
        <MergedInto successors={unit.successors} onOpen={onOpen} />
      ) : null}
      <Group gap="xs">
        <CodeBadge>{unit.code}</CodeBadge>
        {unit.validTo ? (
          <StatusBadge tone="bad">{t('units.closedOn', { date: date(unit.validTo) })}</StatusBadge>
        ) : null}
        {unit.demo ? <StatusBadge tone="warn">{t('common.demo')}</StatusBadge> : null}
      </Group>
      <dl className="kv">
        <dt>{t('units.field.code')}</dt>
        <dd>{unit.code}</dd>
        <dt>{t('units.field.type')}</dt>
        <dd>{typeLabel(unit.type)}</dd>
        <dt>{t('units.field.peerGroup')}</dt>
        <dd>{typeLabel(unit.peerGroup)}</dd>
        <dt>{t('units.detail.ancestors')}</dt>
        <dd>
          {unit.ancestors.length === 0 ? (
            t('units.detail.root')
          ) : (
            <ol style={{ margin: 0, paddingLeft: '1.25rem' }}>
              {unit.ancestors.map((a) => (
                <li key={a.code}>{unitLink(a)}</li>
              ))}
            </ol>
          )}
        </dd>
        <dt>{t('units.detail.period')}</dt>
        <dd>
          {unit.validTo
            ? t('units.detail.periodClosed', { from: date(unit.validFrom), to: date(unit.validTo) })
            : t('units.detail.periodOpen', { from: date(unit.validFrom) })}
        </dd>
        {unit.predecessors.length > 0 ? (
          <>
            <dt>{t('units.detail.predecessors')}</dt>
            <dd>
              <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
                {unit.predecessors.map((p) => (
                  <li key={p.code}>
                    {unitLink(p)} — {t('units.detail.lastDay', { date: date(p.effectiveOn) })}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {unit.basis ? (
          <>
            <dt>{t('units.detail.basis')}</dt>
            <dd>
              <MapBasis basis={unit.basis} />
            </dd>
          </>
        ) : null}
        {unit.successors.length > 0 ? (
          <>
            <dt>{t('units.detail.successors')}</dt>
            <dd>
              <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
                {unit.successors.map((s) => (
                  <li key={s.code}>{unitLink(s)}</li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
      <UnitHeadingsSection code={unit.code} />
      {canManage && !unit.validTo ? (
        <Group gap="sm">
          <Button variant="light" onClick={() => onMode('edit')}>
            {t('common.edit')}
          </Button>
          <Button variant="light" onClick={() => onMode('addChild')}>
            {t('units.addChild')}
          </Button>
          {ownUnit ? null : (
            <Button variant="outline" color="red.9" onClick={() => onMode('close')}>
              {t('units.close.action')}
            </Button>
          )}
        </Group>
      ) : null}
    </Stack>
  );
}

/** The day after a YYYY-MM-DD date: a successor takes over the day after its predecessor's last day. */
function dayAfter(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + 1)).toISOString().slice(0, 10);
}

/**
 * A closed unit says first where its work went: "Đã sáp nhập vào: UBND phường Tây Nha Trang (từ
 * 01/07/2025)", each successor a link, grouped by the day it took over.
 */
function MergedInto({
  successors,
  onOpen,
}: {
  successors: UnitDetail['successors'];
  onOpen: (code: string) => void;
}) {
  const { t, date } = useI18n();
  const days = [...new Set(successors.map((s) => s.effectiveOn))].sort();
  return (
    <div className="merged-into" role="note">
      {days.map((day) => (
        <Text key={day} fw={600} style={{ overflowWrap: 'anywhere' }}>
          {t('units.detail.mergedInto')}{' '}
          {successors
            .filter((s) => s.effectiveOn === day)
            .map((s, i) => (
              <span key={s.code}>
                {i > 0 ? ', ' : null}
                <Anchor component="button" type="button" fw={600} onClick={() => onOpen(s.code)} ta="left">
                  {s.name}
                </Anchor>
              </span>
            ))}{' '}
          {t('units.detail.since', { date: date(dayAfter(day)) })}
        </Text>
      ))}
    </div>
  );
}

/**
 * What formed a unit of the 2025 map: the resolution's clause, whether it was verified ("chưa kiểm
 * chứng" otherwise: never shown as the resolution's text), and every source as read.
 */
function MapBasis({ basis }: { basis: NonNullable<UnitDetail['basis']> }) {
  const { t } = useI18n();
  const [clause] = basis.source.split(/ \(|;/);
  return (
    <Stack gap={4} style={{ overflowWrap: 'anywhere' }}>
      <Text size="sm">{clause}</Text>
      <Group gap="xs">
        {basis.status === 'verified' ? (
          <StatusBadge tone="ok">{t('units.detail.verified')}</StatusBadge>
        ) : (
          <StatusBadge tone="warn">{t('units.detail.unverified')}</StatusBadge>
        )}
      </Group>
      <details>
        <summary>{t('units.detail.sources')}</summary>
        <Text size="sm">{basis.source}</Text>
      </details>
    </Stack>
  );
}
