import type { WaypointCell, WorkloadRow } from './types';

/** Quotes a CSV field when it holds a comma, quote or line break (RFC 4180). */
export const csvField = (value: string): string =>
  /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

const waypointText = (w: WaypointCell | null): string =>
  w ? `${w.namespace}/${w.name} (${w.state})` : 'None';

export const CSV_HEADER = [
  'NAMESPACE',
  'POD NAME',
  'ADDRESS',
  'NODE',
  'WAYPOINT',
  'SERVICE WAYPOINT',
  'PROTOCOL',
  'INTENT',
  'STATE',
  'ZTUNNEL',
  'PROBLEMS',
];

/** The rows as CSV (header first, CRLF line ends), in the order given. */
export const toCsv = (rows: WorkloadRow[]): string => {
  const lines = [CSV_HEADER.join(',')];
  for (const r of rows) {
    lines.push(
      [
        r.namespace,
        r.name,
        r.address,
        r.node,
        waypointText(r.waypoint),
        waypointText(r.serviceWaypoint),
        r.protocol,
        r.wantsAmbient ? `ambient (${r.decidedBy})` : 'none',
        r.state,
        r.ztunnel,
        r.problems.join(' '),
      ]
        .map(csvField)
        .join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
};
