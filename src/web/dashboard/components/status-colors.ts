/** One color per report status, shared by the tags, the charts and the heat table. */
export const STATUS_TAG_COLORS: Record<string, string> = {
  not_started: 'default',
  draft: 'processing',
  submitted: 'gold',
  returned: 'orange',
  accepted: 'success',
};

export const STATUS_FILL: Record<string, string> = {
  not_started: '#f0f0f0',
  draft: '#d6e4ff',
  submitted: '#fff1b8',
  returned: '#ffd8bf',
  accepted: '#b7eb8f',
};

export const LATE_FILL = '#ffa39e';
export const CHART_COLORS = { due: '#9aaccc', submitted: '#fa8c16', accepted: '#389e0d' };
