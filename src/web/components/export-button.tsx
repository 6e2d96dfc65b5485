import { useState } from 'react';
import { DownOutlined, EyeOutlined, FileExcelOutlined } from '@ant-design/icons';
import { Button, Dropdown, Space } from 'antd';
import { common, useT } from '../lib/i18n.ts';
import { useApiErrorHandler } from '../lib/use-api-error.ts';

interface ExportButtonProps {
  onExport: () => Promise<void>;
  label?: string;
  icon?: React.ReactNode;
  /** A second way to export, offered in the button's menu (e.g. with whole CCCD numbers). */
  alternative?: { label: string; onExport: () => Promise<void> };
}

/** "Xuất Excel": runs the export with the list's current filters and sort, showing progress meanwhile. */
export function ExportButton({ onExport, label, icon, alternative }: ExportButtonProps) {
  const t = useT();
  const handleApiError = useApiErrorHandler();
  const [isExporting, setIsExporting] = useState(false);
  const run = async (exporter: () => Promise<void>) => {
    setIsExporting(true);
    try {
      await exporter();
    } catch (error) {
      handleApiError(error);
    } finally {
      setIsExporting(false);
    }
  };
  const text = isExporting ? t(common.exporting) : (label ?? t(common.exportExcel));
  if (!alternative)
    return (
      <Button icon={icon ?? <FileExcelOutlined />} onClick={() => void run(onExport)} loading={isExporting}>
        {text}
      </Button>
    );
  return (
    <Space.Compact>
      <Button icon={icon ?? <FileExcelOutlined />} onClick={() => void run(onExport)} loading={isExporting}>
        {text}
      </Button>
      <Dropdown
        trigger={['click']}
        disabled={isExporting}
        menu={{
          items: [{ key: 'alternative', icon: <EyeOutlined />, label: alternative.label }],
          onClick: () => void run(alternative.onExport),
        }}
      >
        <Button icon={<DownOutlined />} aria-label={alternative.label} />
      </Dropdown>
    </Space.Compact>
  );
}
