/**
 * PNG and SVG buttons for a chart that is not one of the main charts (the fan chart of
 * the uncertainty view): the figure on screen, dressed for a document (title, scenario,
 * axis, legend, source line with the local date) and written through the host.
 */
import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sourceLine } from '../../models/export/export-tables';
import type { Plan, Scenario } from '../../models/plan/plan-schema';
import type { Figure } from '../charts/chart-figure';
import { usePlatform } from '../platform/platform-context';
import type { ExportFileRequest } from '../platform/platform-api';
import { renderChartImage, type ImageFormat } from './chart-image';
import { CHART_SIZE, PNG_SCALE } from './chart-export';
import { exportFigure } from './export-figure';

export interface FigureFileInput {
  figure: Figure;
  plan: Plan;
  scenario: Scenario;
  lang: 'zh' | 'en';
  title: string;
  xTitle: string;
  subtitle: string;
  /** File name without extension. */
  stem: string;
}

export async function figureFile(input: FigureFileInput, format: ImageFormat, now = new Date()): Promise<ExportFileRequest> {
  const figure = exportFigure(input.figure, {
    title: input.title,
    subtitle: input.subtitle,
    sourceLine: sourceLine(input.plan, [input.scenario], now, input.lang),
    xTitle: input.xTitle,
    ...CHART_SIZE,
  });
  const suggestedName = `${input.stem}.${format}`;
  if (format === 'svg') {
    return { suggestedName, data: await renderChartImage(figure, 'svg'), mimeType: 'image/svg+xml', filters: [{ name: 'SVG', extensions: ['svg'] }] };
  }
  return { suggestedName, data: await renderChartImage(figure, 'png', PNG_SCALE), mimeType: 'image/png', filters: [{ name: 'PNG', extensions: ['png'] }] };
}

export function FigureExportButtons({ input, testId }: { input: FigureFileInput; testId: string }) {
  const { t } = useTranslation();
  const api = usePlatform();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<ImageFormat | null>(null);
  if (api === null) return null;
  const run = async (format: ImageFormat) => {
    setBusy(format);
    try {
      const saved = await api.exportFile(await figureFile(input, format));
      if (saved !== null) void message.success(t('file.exported', { name: saved.name }));
    } catch (error) {
      void message.error(t('file.exportFailed', { reason: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(null);
    }
  };
  return (
    <Space size={4}>
      {(['png', 'svg'] as const).map((format) => (
        <Button
          key={format}
          size="small"
          icon={<DownloadOutlined />}
          loading={busy === format}
          onClick={() => void run(format)}
          aria-label={`${input.title}: ${format.toUpperCase()}`}
          data-testid={`${testId}-${format}`}
        >
          {format.toUpperCase()}
        </Button>
      ))}
    </Space>
  );
}
