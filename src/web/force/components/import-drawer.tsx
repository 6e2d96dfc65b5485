import { Drawer, Flex, Typography } from 'antd';
import { useT } from '../../lib/i18n.ts';
import { importText } from '../import-messages.ts';
import type { ImportKind } from '../api/preview-import.ts';
import type { UnitOption } from '../types.ts';
import { ImportWorkbench } from './import-workbench.tsx';

interface ImportDrawerProps {
  kind: ImportKind;
  title: string;
  open: boolean;
  commune: UnitOption | undefined;
  onClose: () => void;
}

/** The import workbench beside a list (villages): the list refreshes behind it once rows are written. */
export function ImportDrawer({ kind, title, open, commune, onClose }: ImportDrawerProps) {
  const t = useT();
  const target = commune ? (
    <Flex gap={8} style={{ marginBottom: 16 }}>
      <Typography.Text strong>{t(importText.commune)}:</Typography.Text>
      <Typography.Text>{commune.name}</Typography.Text>
    </Flex>
  ) : null;
  return (
    <Drawer title={title} open={open} onClose={onClose} size={1200} destroyOnHidden>
      <ImportWorkbench kind={kind} commune={commune} communePicker={target} />
    </Drawer>
  );
}
