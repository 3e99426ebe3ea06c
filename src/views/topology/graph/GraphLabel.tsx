import * as React from 'react';

const ELLIPSIS = '\u2026';

/** The label cut to `max` characters (the full text shows on hover). */
export const truncateLabel = (label: string, max: number): string =>
  label.length > max ? `${label.slice(0, Math.max(1, max - 1))}${ELLIPSIS}` : label;

const LABEL_STYLE: React.CSSProperties = {
  fill: 'var(--pf-t--global--text--color--regular)',
  fontSize: 'var(--pf-t--global--font--size--sm)',
  stroke: 'var(--pf-t--global--background--color--primary--default)',
  strokeWidth: 4,
  strokeLinejoin: 'round',
  paintOrder: 'stroke',
  pointerEvents: 'none',
};

type Props = { x: number; y: number; label: string; max: number };

/**
 * A node's or group's label: plain SVG text, centred, with a halo for legibility. Unlike the
 * library's labels it is never measured (`getBBox`): measuring hundreds of labels, one layout
 * each, was most of the time the graph took to show.
 */
export const GraphLabel: React.FC<Props> = ({ x, y, label, max }) => (
  <text x={x} y={y} textAnchor="middle" dominantBaseline="hanging" style={LABEL_STYLE}>
    <title>{label}</title>
    {truncateLabel(label, max)}
  </text>
);

const BADGE_R = 11;
const BADGE_STYLE: React.CSSProperties = {
  fill: 'var(--pf-t--global--background--color--inverse--default)',
  stroke: 'var(--pf-t--global--background--color--primary--default)',
  strokeWidth: 2,
};
const BADGE_TEXT_STYLE: React.CSSProperties = {
  fill: 'var(--pf-t--global--text--color--inverse)',
  fontSize: 'var(--pf-t--global--font--size--xs)',
  pointerEvents: 'none',
};

/** A count on a node's corner, of a fixed size (never measured). */
export const GraphBadge: React.FC<{ x: number; y: number; count: number }> = ({ x, y, count }) => {
  const text = String(count);
  // about one character's width per digit, from a circle for one or two digits
  const r = Math.max(BADGE_R, 4 + text.length * 3.5);
  return (
    <g data-test="graph-badge" transform={`translate(${x}, ${y})`}>
      <rect
        x={-r}
        y={-BADGE_R}
        width={2 * r}
        height={2 * BADGE_R}
        rx={BADGE_R}
        style={BADGE_STYLE}
      />
      <text textAnchor="middle" dominantBaseline="central" style={BADGE_TEXT_STYLE}>
        {text}
      </text>
    </g>
  );
};
