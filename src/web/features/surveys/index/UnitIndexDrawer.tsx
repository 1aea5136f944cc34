import { Box, Drawer } from '@mantine/core';
import { useQuestionnaire } from '../../../api/survey-queries.ts';
import type { UnitIndex } from '../../../api/survey-types.ts';
import { useIsPhone } from '../../../components/useIsPhone.ts';
import { useT } from '../../../i18n/index.tsx';
import { ImproveLink } from '../../plans/ImproveLink.tsx';
import { UnitResultView } from '../results/UnitResultView.tsx';
import { withWording } from '../results/withWording.ts';

/** One unit's criteria, intervals and answers, beside the table (deep link: ?ma=CODE). */
export function UnitIndexDrawer({
  unit,
  questionnaire,
  period,
  onClose,
}: {
  unit: UnitIndex | undefined;
  /** "CODE@N" of the table, for the questions' wording. */
  questionnaire: string | null;
  /** The table's period, for "Lập kế hoạch cải thiện". */
  period?: string | null | undefined;
  onClose: () => void;
}) {
  const t = useT();
  const isPhone = useIsPhone();
  const definition = useQuestionnaire(unit ? questionnaire : null);
  return (
    <Drawer
      opened={Boolean(unit)}
      onClose={onClose}
      position="right"
      size={isPhone ? '100%' : 'xl'}
      title={unit ? (unit.name ?? unit.unit) : ''}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      padding="md"
    >
      {unit ? <UnitResultView unit={withWording(unit, definition.data)} headingLevel={3} /> : null}
      {unit && questionnaire && period && unit.responses > 0 ? (
        <Box mt="md">
          <ImproveLink unit={unit.unit} questionnaire={questionnaire} period={period} />
        </Box>
      ) : null}
    </Drawer>
  );
}
