import { Button, Group } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useSession } from '../../api/queries.ts';
import { useT } from '../../i18n/index.tsx';
import { type NavItem, pagesFor } from '../../nav.ts';

const SURVEY_PAGES: NavItem['to'][] = [
  '/khao-sat',
  '/nhap-phieu',
  '/khao-sat/ra-soat',
  '/cong-bo',
  '/chi-so-hai-long',
];

/** The survey pages the user may open, as a row of links (the menu only lists the first). */
export function SurveyLinks({ current }: { current: NavItem['to'] }) {
  const t = useT();
  const role = useSession().data?.user.role;
  if (!role) return null;
  const pages = pagesFor(role).filter((item) => SURVEY_PAGES.includes(item.to) && item.to !== current);
  if (pages.length === 0) return null;
  return (
    <nav aria-label={t('surveys.links')}>
      <Group gap="xs">
        {pages.map((item) => (
          <Button key={item.to} component={Link} to={item.to} variant="light" size="sm">
            {t(item.label)}
          </Button>
        ))}
      </Group>
    </nav>
  );
}
