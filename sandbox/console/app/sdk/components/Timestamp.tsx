import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import GlobeAmericasIcon from '@patternfly/react-icons/dist/esm/icons/globe-americas-icon';

const formatter = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});

/** A date in the user's locale, with the UTC time as a title. */
export const Timestamp: typeof SDK.Timestamp = ({ timestamp, simple, className }) => {
  const date = new Date(timestamp);
  if (!timestamp || Number.isNaN(date.getTime())) return <span className={className}>-</span>;
  const text = formatter.format(date);
  return (
    <span className={className}>
      {!simple && <GlobeAmericasIcon className="pf-v6-u-mr-xs" />}
      <time dateTime={date.toISOString()} title={date.toUTCString()}>
        {text}
      </time>
    </span>
  );
};
