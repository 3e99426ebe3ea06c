import * as React from 'react';
import { SVGDefs } from '@patternfly/react-topology';

const HOVER_ID = 'ambient-node-shadow-hover';
const DANGER_ID = 'ambient-node-shadow-danger';

type Shadow = { id: string; dy: number; blur: number; color: string; opacity: number };

// The library's node shadows (a lift on hover, a red glow on failure), with the colours from
// PatternFly's tokens.
const SHADOWS: Shadow[] = [
  {
    id: HOVER_ID,
    dy: 3,
    blur: 2,
    // the token carries its own transparency
    color: 'var(--pf-t--global--box-shadow--color--md--default)',
    opacity: 1,
  },
  {
    id: DANGER_ID,
    dy: 0,
    blur: 4,
    color: 'var(--pf-t--global--color--status--danger--default)',
    opacity: 0.5,
  },
];

/**
 * The nodes' shadow filters, defined once for the whole graph (the library's node draws its
 * own three filter definitions in every node).
 */
export const GraphShadows: React.FC = () => (
  <>
    {SHADOWS.map((s) => (
      <SVGDefs key={s.id} id={s.id}>
        <filter
          id={s.id}
          x={`-${s.blur * 12.5}%`}
          y={`-${s.blur * 12.5}%`}
          width={`${100 + s.blur * 25}%`}
          height={`${100 + s.blur * 25}%`}
        >
          <feDropShadow
            dx={0}
            dy={s.dy}
            stdDeviation={s.blur}
            style={{ floodColor: s.color, floodOpacity: s.opacity }}
          />
        </filter>
      </SVGDefs>
    ))}
  </>
);

/** The shadow a node casts: a glow when it failed, a lift while hovered, none otherwise. */
export const nodeShadow = (danger: boolean, hovered: boolean): string | undefined => {
  if (danger) return `url(#${DANGER_ID})`;
  return hovered ? `url(#${HOVER_ID})` : undefined;
};
