import { Button } from '@mantine/core';
import { useEffect, useState } from 'react';
import { formatDateVi } from '../../lib/format.ts';
import { useT } from '../i18n/index.tsx';

/**
 * "In": prints the page with the print stylesheet (styles.css, `@media print`: no shell, no
 * buttons, black on white, A4). Beside it, a line only paper shows: "In ngày dd/mm/yyyy", the
 * Vietnam date at the moment of printing (also when printed from the browser's menu).
 */
export function PrintButton() {
  const t = useT();
  const [today, setToday] = useState(() => formatDateVi(new Date()));
  useEffect(() => {
    const onBeforePrint = () => setToday(formatDateVi(new Date()));
    window.addEventListener('beforeprint', onBeforePrint);
    return () => window.removeEventListener('beforeprint', onBeforePrint);
  }, []);
  return (
    <>
      <Button
        variant="default"
        size="sm"
        className="no-print"
        aria-label={t('print.label')}
        onClick={() => {
          setToday(formatDateVi(new Date()));
          window.print();
        }}
      >
        {t('print.button')}
      </Button>
      <p className="print-only print-date">{t('print.date', { date: today })}</p>
    </>
  );
}
