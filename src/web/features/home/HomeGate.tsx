import { useSession } from '../../api/queries.ts';
import { AppLayout } from '../../components/AppLayout.tsx';
import { PendingPage } from '../../components/RoutePages.tsx';
import { PublicHomePage } from '../public/home/PublicHomePage.tsx';
import { HomePage } from './HomePage.tsx';

/**
 * / is two pages: the public front door for a visitor, the officer's overview in the shell for a
 * signed-in user. Citizens who type the installation's address never land on a login form.
 */
export function HomeGate() {
  const session = useSession();
  if (session.isPending) return <PendingPage />;
  return session.data ? (
    <AppLayout>
      <HomePage />
    </AppLayout>
  ) : (
    <PublicHomePage />
  );
}
