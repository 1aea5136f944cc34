import { Button, Group } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useSession } from '../../api/queries.ts';
import { useT } from '../../i18n/index.tsx';
import { type NavItem, pagesFor } from '../../nav.ts';

const FEEDBACK_PAGES: NavItem['to'][] = [
  '/phan-anh-xu-ly',
  '/phan-anh-xu-ly/tong-hop',
  '/phan-anh-xu-ly/linh-vuc',
];

/** The other feedback pages the user may open, and the public page, as a row of links. */
export function FeedbackLinks({ current }: { current: NavItem['to'] }) {
  const t = useT();
  const role = useSession().data?.user.role;
  if (!role) return null;
  const pages = pagesFor(role).filter((item) => FEEDBACK_PAGES.includes(item.to) && item.to !== current);
  return (
    <nav aria-label={t('fb.links')}>
      <Group gap="xs">
        {pages.map((item) => (
          <Button key={item.to} component={Link} to={item.to} variant="light" size="sm">
            {t(item.label)}
          </Button>
        ))}
        <Button component={Link} to="/phan-anh" variant="subtle" size="sm">
          {t('fb.links.public')}
        </Button>
      </Group>
    </nav>
  );
}
