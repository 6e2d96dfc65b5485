import { useState } from 'react';
import { FileExcelOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { common, useT } from '../../lib/i18n.ts';
import { useApiErrorHandler } from '../../lib/use-api-error.ts';

/** "Xuất Excel": runs the export with the list's current filters and sort, showing progress meanwhile. */
export function ExportButton({ onExport, label }: { onExport: () => Promise<void>; label?: string }) {
  const t = useT();
  const handleApiError = useApiErrorHandler();
  const [isExporting, setIsExporting] = useState(false);
  const handleClick = async () => {
    setIsExporting(true);
    try {
      await onExport();
    } catch (error) {
      handleApiError(error);
    } finally {
      setIsExporting(false);
    }
  };
  return (
    <Button icon={<FileExcelOutlined />} onClick={handleClick} loading={isExporting}>
      {isExporting ? t(common.exporting) : (label ?? t(common.exportExcel))}
    </Button>
  );
}
