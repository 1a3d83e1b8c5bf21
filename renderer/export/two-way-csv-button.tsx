/** A CSV button for a table of the sensitivity view (the two-way table), written through the host. */
import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { toCsv, type Cell } from '../../models/export/csv';
import { usePlatform } from '../platform/platform-context';

export function TwoWayCsvButton({ name, rows }: { name: string; rows: () => Cell[][] }) {
  const { t } = useTranslation();
  const api = usePlatform();
  const { message } = App.useApp();
  if (api === null) return null;
  const run = async () => {
    try {
      const saved = await api.exportFile({ suggestedName: name, data: toCsv(rows()), mimeType: 'text/csv', filters: [{ name: 'CSV', extensions: ['csv'] }] });
      if (saved !== null) void message.success(t('file.exported', { name: saved.name }));
    } catch (error) {
      void message.error(t('file.exportFailed', { reason: error instanceof Error ? error.message : String(error) }));
    }
  };
  return (
    <Button size="small" icon={<DownloadOutlined />} onClick={() => void run()} data-testid="two-way-csv">
      CSV
    </Button>
  );
}
