import { PaperClipOutlined } from '@ant-design/icons';
import { Button, Flex, Table, Tooltip, Typography, type TableColumnsType, type TableProps } from 'antd';
import { LEGAL_DOCUMENT_KIND_LABELS, LEGAL_ISSUER_LABELS } from '../../../domain/legal/constants.ts';
import { LEGAL_DOCUMENT_SORT_FIELDS, type LegalDocument } from '../../../domain/legal/documents.schemas.ts';
import { formatDate } from '../../lib/format.ts';
import { common, useT } from '../../lib/i18n.ts';
import { useApiErrorHandler } from '../../lib/use-api-error.ts';
import { downloadDocumentFile } from '../api/download-document-file.ts';
import { documentsText } from '../messages.ts';
import type { SortOrder } from '../../lib/use-list-state.ts';
import type { DocumentSortField } from '../types.ts';
import { DemoTag, ValidityTag } from './legal-tags.tsx';
import { serverPagination } from '../../components/server-pagination.ts';

const isSortField = (value: unknown): value is DocumentSortField =>
  typeof value === 'string' && (LEGAL_DOCUMENT_SORT_FIELDS as readonly string[]).includes(value);

interface DocumentsTableProps {
  data: LegalDocument[];
  total: number;
  isLoading: boolean;
  page: number;
  pageSize: number;
  sort: DocumentSortField;
  order: SortOrder;
  onPageChange: (page: number, pageSize: number) => void;
  onSortChange: (sort: DocumentSortField, order: SortOrder) => void;
  /** Opens a document for editing (register keepers). */
  onOpen?: (document: LegalDocument) => void;
  /** More columns at the end (a campaign shows the unit's finding there). */
  extraColumns?: TableColumnsType<LegalDocument>;
  emptyText?: string;
}

export function DocumentsTable(props: DocumentsTableProps) {
  const t = useT();
  const handleApiError = useApiErrorHandler();
  const sortOrderOf = (field: DocumentSortField) =>
    props.sort === field ? (props.order === 'asc' ? 'ascend' : 'descend') : null;

  const columns: TableColumnsType<LegalDocument> = [
    {
      title: t(documentsText.number),
      dataIndex: 'number',
      key: 'number',
      sorter: true,
      sortOrder: sortOrderOf('number'),
      width: 170,
      render: (number: string, document) =>
        props.onOpen ? (
          <Typography.Link
            strong
            onClick={() => props.onOpen?.(document)}
            aria-label={t(documentsText.openDocument, { number })}
          >
            {number}
          </Typography.Link>
        ) : (
          <Typography.Text strong>{number}</Typography.Text>
        ),
    },
    {
      title: t(documentsText.kind),
      dataIndex: 'kind',
      key: 'kind',
      width: 110,
      render: (kind: LegalDocument['kind'], document) => (
        <Flex vertical gap={0}>
          <span>{t(LEGAL_DOCUMENT_KIND_LABELS[kind])}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(LEGAL_ISSUER_LABELS[document.issuer])}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t(documentsText.issuedOn),
      dataIndex: 'issuedOn',
      key: 'issuedOn',
      sorter: true,
      sortOrder: sortOrderOf('issuedOn'),
      width: 120,
      render: (date: string) => formatDate(date),
    },
    {
      title: t(documentsText.docTitle),
      dataIndex: 'title',
      key: 'title',
      sorter: true,
      sortOrder: sortOrderOf('title'),
      render: (title: string, document) => (
        <span>
          {title}
          {document.isDemo ? <DemoTag /> : null}
          {document.file ? (
            <Tooltip title={t(documentsText.downloadFile, { name: document.file.filename })}>
              <Button
                type="link"
                size="small"
                icon={<PaperClipOutlined />}
                aria-label={t(documentsText.downloadFile, { name: document.file.filename })}
                onClick={() => downloadDocumentFile(document).catch(handleApiError)}
              />
            </Tooltip>
          ) : null}
        </span>
      ),
    },
    {
      title: t(documentsText.field),
      dataIndex: 'field',
      key: 'field',
      width: 150,
      render: (field: string | null) => field ?? t(common.none),
    },
    {
      title: t(documentsText.validity),
      dataIndex: 'validity',
      key: 'validity',
      width: 150,
      render: (validity: LegalDocument['validity']) => <ValidityTag validity={validity} />,
    },
    ...(props.extraColumns ?? []),
  ];

  const handleChange: TableProps<LegalDocument>['onChange'] = (pagination, _filters, sorter, extra) => {
    if (extra.action === 'sort') {
      const single = Array.isArray(sorter) ? sorter[0] : sorter;
      const field = single?.columnKey;
      if (single?.order && isSortField(field))
        props.onSortChange(field, single.order === 'ascend' ? 'asc' : 'desc');
      else props.onSortChange('issuedOn', 'desc');
      return;
    }
    props.onPageChange(pagination.current ?? 1, pagination.pageSize ?? props.pageSize);
  };

  return (
    <Table<LegalDocument>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={props.data}
      loading={props.isLoading}
      onChange={handleChange}
      scroll={{ x: 1000 }}
      locale={{ emptyText: props.emptyText ?? t(documentsText.empty) }}
      pagination={serverPagination(t, {
        page: props.page,
        pageSize: props.pageSize,
        total: props.total,
        pageSizeOptions: [10, 20, 50, 100],
      })}
    />
  );
}
