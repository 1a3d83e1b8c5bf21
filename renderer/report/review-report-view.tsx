/**
 * The review report as the page prints it: the same HTML and CSS the CLI prints to PDF
 * (models/export/report-html.ts), every text escaped there.
 */
import { reportBodyHtml, reportCss } from '../../models/export/report-html';
import type { ReviewReport } from '../../models/export/report-types';

export function ReviewReportView({ report }: { report: ReviewReport }) {
  return (
    <div className="report-view" data-testid="review-report-view">
      <style>{reportCss(report)}</style>
      <div dangerouslySetInnerHTML={{ __html: reportBodyHtml(report) }} />
    </div>
  );
}
