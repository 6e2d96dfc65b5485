import { useEffect, useState } from 'react';
import { ClearOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Input, Select } from 'antd';
import dayjs from 'dayjs';
import {
  LEGAL_DOCUMENT_KIND_LABELS,
  LEGAL_DOCUMENT_KINDS,
  LEGAL_ISSUER_LABELS,
  LEGAL_ISSUERS,
  LEGAL_VALIDITIES,
  LEGAL_VALIDITY_LABELS,
} from '../../../domain/legal/constants.ts';
import { DATE_FORMAT, toIsoDate } from '../../lib/format.ts';
import { common, useT } from '../../lib/i18n.ts';
import { useDebouncedValue } from '../../lib/use-debounced-value.ts';
import { useDocumentFields } from '../api/list-document-fields.ts';
import { documentsText } from '../messages.ts';
import type { DocumentFilters } from '../types.ts';

interface DocumentsFiltersProps {
  filters: DocumentFilters;
  onChange: (filters: DocumentFilters) => void;
  /** A campaign's documents are already narrowed: only search there. */
  searchOnly?: boolean;
}

export function DocumentsFilters({ filters, onChange, searchOnly = false }: DocumentsFiltersProps) {
  const t = useT();
  const fieldsQuery = useDocumentFields();
  const [searchText, setSearchText] = useState(filters.q ?? '');
  const debouncedSearch = useDebouncedValue(searchText.trim(), 350);

  useEffect(() => {
    if ((filters.q ?? '') !== debouncedSearch) onChange({ ...filters, q: debouncedSearch || undefined });
    // Only the settled search text triggers this; the selects change through their own handlers.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debouncedSearch]);

  const hasFilters = Object.values(filters).some((value) => value !== undefined);
  return (
    <Flex gap={8} wrap style={{ marginBottom: 16 }}>
      <Input.Search
        allowClear
        aria-label={t(documentsText.searchLabel)}
        placeholder={t(documentsText.searchPlaceholder)}
        value={searchText}
        onChange={(event) => setSearchText(event.target.value)}
        onSearch={(value) => onChange({ ...filters, q: value.trim() || undefined })}
        style={{ width: 340 }}
      />
      {searchOnly ? null : (
        <>
          <Select
            allowClear
            aria-label={t(documentsText.kind)}
            placeholder={t(documentsText.allKinds)}
            value={filters.kind}
            onChange={(kind) => onChange({ ...filters, kind })}
            options={LEGAL_DOCUMENT_KINDS.map((kind) => ({
              value: kind,
              label: t(LEGAL_DOCUMENT_KIND_LABELS[kind]),
            }))}
            style={{ width: 150 }}
          />
          <Select
            allowClear
            aria-label={t(documentsText.issuer)}
            placeholder={t(documentsText.allIssuers)}
            value={filters.issuer}
            onChange={(issuer) => onChange({ ...filters, issuer })}
            options={LEGAL_ISSUERS.map((issuer) => ({
              value: issuer,
              label: t(LEGAL_ISSUER_LABELS[issuer]),
            }))}
            style={{ width: 150 }}
          />
          <Select
            allowClear
            aria-label={t(documentsText.validity)}
            placeholder={t(documentsText.allValidities)}
            value={filters.validity}
            onChange={(validity) => onChange({ ...filters, validity })}
            options={LEGAL_VALIDITIES.map((validity) => ({
              value: validity,
              label: t(LEGAL_VALIDITY_LABELS[validity]),
            }))}
            style={{ width: 190 }}
          />
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            aria-label={t(documentsText.field)}
            placeholder={t(documentsText.allFields)}
            value={filters.field}
            loading={fieldsQuery.isPending}
            onChange={(field) => onChange({ ...filters, field })}
            options={(fieldsQuery.data ?? []).map((field) => ({ value: field, label: field }))}
            style={{ width: 200 }}
          />
          <DatePicker.RangePicker
            aria-label={t(documentsText.issuedRange)}
            format={DATE_FORMAT}
            placeholder={[t(documentsText.issuedOn), t(documentsText.issuedOn)]}
            value={[
              filters.issuedFrom ? dayjs(filters.issuedFrom) : null,
              filters.issuedTo ? dayjs(filters.issuedTo) : null,
            ]}
            allowEmpty={[true, true]}
            onChange={(range) =>
              onChange({ ...filters, issuedFrom: toIsoDate(range?.[0]), issuedTo: toIsoDate(range?.[1]) })
            }
          />
        </>
      )}
      {hasFilters ? (
        <Button
          icon={<ClearOutlined />}
          onClick={() => {
            setSearchText('');
            onChange({});
          }}
        >
          {t(common.reset)}
        </Button>
      ) : null}
    </Flex>
  );
}
