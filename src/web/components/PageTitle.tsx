import { Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { type ReactNode, useEffect, useRef } from 'react';
import { useT } from '../i18n/index.tsx';

let firstPage = true;

/**
 * The page's one `<h1>`. Sets the document title, and after a client-side navigation moves the
 * focus to the heading so a screen-reader user hears where they arrived (not on the first load).
 */
export function PageTitle({ children, title }: { children: ReactNode; title: string }) {
  const t = useT();
  const ref = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(t('app.pageTitle', { page: title }));
  useEffect(() => {
    if (firstPage) {
      firstPage = false;
      return;
    }
    ref.current?.focus();
  }, []);
  return (
    <Title order={1} ref={ref} tabIndex={-1} size="h2">
      {children}
    </Title>
  );
}
