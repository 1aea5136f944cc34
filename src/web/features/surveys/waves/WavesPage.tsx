import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useWaves } from '../../../api/survey-queries.ts';
import { ErrorAlert } from '../../../components/errors.tsx';
import { Guard } from '../../../components/Guard.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { PendingPage } from '../../../components/RoutePages.tsx';
import { useIsPhone } from '../../../components/useIsPhone.ts';
import { useT } from '../../../i18n/index.tsx';
import { SURVEY_ROLES } from '../../../nav.ts';
import { SurveyLinks } from '../SurveyLinks.tsx';
import { useHasRole } from '../useRole.ts';
import { WaveForm } from './WaveForm.tsx';
import { WaveList } from './WaveList.tsx';

/** /khao-sat: the survey waves in the user's scope; admins and specialists start new ones. */
export function WavesPage() {
  return (
    <Guard path="/khao-sat">
      <Waves />
    </Guard>
  );
}

function Waves() {
  const t = useT();
  const waves = useWaves();
  const isPhone = useIsPhone();
  const navigate = useNavigate();
  const canCreate = useHasRole(SURVEY_ROLES.manageWaves);
  const [creating, setCreating] = useState(false);
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <PageTitle title={t('waves.title')}>{t('waves.title')}</PageTitle>
        {canCreate ? <Button onClick={() => setCreating(true)}>{t('waves.add')}</Button> : null}
      </Group>
      <SurveyLinks current="/khao-sat" />
      <ErrorAlert error={waves.error} />
      {waves.isPending ? <PendingPage /> : null}
      {waves.data && waves.data.waves.length === 0 ? <Text>{t('waves.empty')}</Text> : null}
      {waves.data && waves.data.waves.length > 0 ? <WaveList waves={waves.data.waves} /> : null}
      <Modal
        opened={creating}
        onClose={() => setCreating(false)}
        title={t('waves.create.title')}
        fullScreen={isPhone}
        size="xl"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {creating ? (
          <WaveForm
            onCancel={() => setCreating(false)}
            onDone={(code) => {
              setCreating(false);
              void navigate({ to: '/khao-sat/dot/$waveCode', params: { waveCode: code } });
            }}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}
