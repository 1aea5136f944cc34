import { Anchor, Table } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useI18n } from '../../../i18n/index.tsx';
import { documentKindLabel } from '../labels.ts';
import type { IssuedDocument } from '../types.ts';
import { DocumentFiles } from './DocumentEditor.tsx';

/** Issued documents: number and symbol, kind, subject, unit, date, files. */
export function DocumentTable({
  documents,
  caption,
  showUnit = true,
}: {
  documents: IssuedDocument[];
  caption: string;
  showUnit?: boolean;
}) {
  const { t, date } = useI18n();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table withTableBorder striped verticalSpacing="xs">
        <caption className="visually-hidden">{caption}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('docs.col.number')}</Table.Th>
            <Table.Th scope="col">{t('docs.col.date')}</Table.Th>
            <Table.Th scope="col">{t('docs.col.kind')}</Table.Th>
            <Table.Th scope="col">{t('docs.col.title')}</Table.Th>
            {showUnit ? <Table.Th scope="col">{t('docs.col.unit')}</Table.Th> : null}
            <Table.Th scope="col">{t('docs.col.files')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {documents.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Th scope="row" style={{ whiteSpace: 'nowrap' }}>
                {d.numberLine}
              </Table.Th>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{date(d.issuedOn)}</Table.Td>
              <Table.Td>{documentKindLabel(t, d.kind)}</Table.Td>
              <Table.Td>
                {d.title}
                {d.planId ? (
                  <>
                    {' · '}
                    <Anchor
                      renderRoot={(props) => (
                        <Link {...props} to="/ke-hoach/$id" params={{ id: String(d.planId) }} />
                      )}
                      size="sm"
                    >
                      {t('docs.openPlan')}
                    </Anchor>
                  </>
                ) : null}
              </Table.Td>
              {showUnit ? <Table.Td>{d.unitName}</Table.Td> : null}
              <Table.Td>
                <DocumentFiles document={d} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
