import { useRef, useState } from 'react';
import { Card, Col, Flex, Input, Row, Select } from 'antd';
import { useSearchParams } from 'react-router';
import { UNIT_KIND_LABELS, UNIT_KINDS, type UnitKind } from '../../domain/org/constants.ts';
import { PageHeader } from '../components/page-header.tsx';
import { useDebouncedValue } from '../lib/use-debounced-value.ts';
import { useT } from '../lib/i18n.ts';
import { UnitDetailPanel } from './components/unit-detail-panel.tsx';
import { UnitSearchResults } from './components/unit-search-results.tsx';
import { UnitTree } from './components/unit-tree.tsx';
import { orgText } from './messages.ts';

const TREE_HEIGHT = Math.max(360, window.innerHeight - 330);

export function OrgPage() {
  const t = useT();
  const [searchParams, setSearchParams] = useSearchParams();
  const selectedId = searchParams.get('unit') ?? undefined;
  const [searchText, setSearchText] = useState('');
  const [kind, setKind] = useState<UnitKind | undefined>(undefined);
  const [page, setPage] = useState(1);
  const debouncedSearch = useDebouncedValue(searchText.trim(), 300);

  const detailRef = useRef<HTMLDivElement>(null);

  const handleSelect = (unitId: string) => {
    // Below the xl breakpoint the detail sits under the tree: bring it into view.
    if (window.innerWidth < 1200) detailRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    setSearchParams((previous) => {
      const next = new URLSearchParams(previous);
      next.set('unit', unitId);
      return next;
    });
  };

  // A kind alone lists every unit of that kind ("all communes"); text narrows it by name or code.
  const isSearching = debouncedSearch.length > 0 || kind !== undefined;

  return (
    <>
      <PageHeader title={t(orgText.title)} description={t(orgText.description)} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={11}>
          <Card title={t(orgText.treeTitle)} styles={{ body: { paddingTop: 12 } }}>
            <Flex gap={8} wrap style={{ marginBottom: 12 }}>
              <Input.Search
                allowClear
                aria-label={t(orgText.searchLabel)}
                placeholder={t(orgText.searchPlaceholder)}
                value={searchText}
                onChange={(event) => {
                  setSearchText(event.target.value);
                  setPage(1);
                }}
                style={{ flex: '1 1 220px' }}
              />
              <Select<UnitKind>
                allowClear
                aria-label={t(orgText.kindFilter)}
                placeholder={t(orgText.allKinds)}
                value={kind}
                onChange={(value) => {
                  setKind(value);
                  setPage(1);
                }}
                options={UNIT_KINDS.map((value) => ({ value, label: t(UNIT_KIND_LABELS[value]) }))}
                style={{ width: 170 }}
              />
            </Flex>
            {isSearching ? (
              <UnitSearchResults
                q={debouncedSearch}
                kind={kind}
                page={page}
                onPageChange={setPage}
                selectedId={selectedId}
                onSelect={handleSelect}
              />
            ) : (
              <UnitTree selectedId={selectedId} onSelect={handleSelect} height={TREE_HEIGHT} />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={13}>
          <Card ref={detailRef}>
            <UnitDetailPanel unitId={selectedId} onSelect={handleSelect} />
          </Card>
        </Col>
      </Row>
    </>
  );
}

export default OrgPage;
