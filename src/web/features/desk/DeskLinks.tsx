import { Button, Group } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useSession } from '../../api/queries.ts';
import { useT } from '../../i18n/index.tsx';
import { type NavItem, pagesFor } from '../../nav.ts';

const DESK_PAGES: NavItem['to'][] = [
  '/mot-cua',
  '/mot-cua/tiep-nhan',
  '/mot-cua/tong-hop',
  '/mot-cua/lich-nghi',
];

/** The other desk pages the user may open, as a row of links. */
export function DeskLinks({ current }: { current: NavItem['to'] }) {
  const t = useT();
  const role = useSession().data?.user.role;
  if (!role) return null;
  const pages = pagesFor(role).filter((item) => DESK_PAGES.includes(item.to) && item.to !== current);
  if (pages.length === 0) return null;
  return (
    <nav aria-label={t('desk.links')}>
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
