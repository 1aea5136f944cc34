import { Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ADDRESS_FORMS, type AddressForm } from '../../../../lib/address-form.ts';
import { api } from '../../../api/client.ts';
import { useSession } from '../../../api/queries.ts';
import { surveyKeys } from '../../../api/survey-queries.ts';
import { ErrorAlert } from '../../../components/errors.tsx';
import { useT } from '../../../i18n/index.tsx';
import { hasRole, SURVEY_ROLES } from '../../../nav.ts';

const key = [...surveyKeys.all, 'address-form'] as const;

/**
 * How every survey text speaks to citizens ("Ông/Bà" or "Anh/Chị"): installation-wide, so only a
 * user of the top of the tree who manages surveys changes it (the server says so otherwise).
 */
export function AddressFormSetting({ onDone }: { onDone: (message: string) => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const role = useSession().data?.user.role;
  const current = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => api<{ addressForm: AddressForm }>('/surveys/settings/address-form', { signal }),
  });
  const save = useMutation({
    mutationFn: (addressForm: AddressForm) =>
      api<{ addressForm: AddressForm }>('/surveys/settings/address-form', {
        method: 'PUT',
        body: { addressForm },
      }),
    onSuccess: async ({ addressForm }) => {
      onDone(t('addressForm.done', { form: addressForm }));
      await queryClient.invalidateQueries({ queryKey: surveyKeys.all });
    },
  });
  if (!hasRole(role, SURVEY_ROLES.manageWaves) || !current.data) return null;
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="address-form-heading">
      <Stack gap="xs">
        <Title order={2} size="h4" id="address-form-heading">
          {t('addressForm.title')}
        </Title>
        <Text size="sm">{t('addressForm.hint')}</Text>
        <SegmentedControl
          aria-label={t('addressForm.title')}
          value={save.isPending ? (save.variables ?? current.data.addressForm) : current.data.addressForm}
          onChange={(v) => save.mutate(v as AddressForm)}
          data={ADDRESS_FORMS.map((f) => ({ value: f, label: f }))}
          disabled={save.isPending}
        />
        <ErrorAlert error={save.error} />
      </Stack>
    </Paper>
  );
}
