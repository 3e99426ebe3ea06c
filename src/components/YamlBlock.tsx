import * as React from 'react';
import { CodeEditor } from '@openshift-console/dynamic-plugin-sdk';
import { Button, ClipboardCopyButton, Skeleton } from '@patternfly/react-core';
import { DownloadIcon } from '@patternfly/react-icons';
import { useAmbientTranslation } from '../utils/useAmbientTranslation';

type Props = {
  id: string;
  code: string;
  /** Offered as a download when set (e.g. `ambient-install.yaml`). */
  fileName?: string;
  ariaLabel: string;
  /** The editor's language (`yaml` by default; `shell` for commands). */
  language?: string;
};

const download = (code: string, fileName: string) => {
  const url = URL.createObjectURL(new Blob([code], { type: 'application/yaml' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  URL.revokeObjectURL(url);
};

/**
 * Read-only YAML (or shell) text in the console's code editor, with copy and, optionally,
 * download. Nothing here is meant to be edited: the wizard's fields write the manifests.
 */
export const YamlBlock: React.FC<Props> = ({
  id,
  code,
  fileName,
  ariaLabel,
  language = 'yaml',
}) => {
  const { t } = useAmbientTranslation();
  const [copied, setCopied] = React.useState(false);
  const copy = () => {
    void navigator.clipboard?.writeText(code);
    setCopied(true);
  };
  const actions = [
    <ClipboardCopyButton
      key="copy"
      id={`${id}-copy`}
      textId={`${id}-code`}
      aria-label={t('Copy {{what}}', { what: ariaLabel })}
      onClick={copy}
      exitDelay={copied ? 1500 : 600}
      variant="plain"
      onTooltipHidden={() => setCopied(false)}
    >
      {copied ? t('Copied') : t('Copy to clipboard')}
    </ClipboardCopyButton>,
    ...(fileName
      ? [
          <Button
            key="download"
            variant="plain"
            icon={<DownloadIcon />}
            aria-label={t('Download {{file}}', { file: fileName })}
            onClick={() => download(code, fileName)}
          />,
        ]
      : []),
  ];
  return (
    <div id={`${id}-code`} aria-label={ariaLabel} role="region">
      <React.Suspense fallback={<Skeleton height="200px" screenreaderText={t('Loading')} />}>
        <CodeEditor
          value={code}
          language={language}
          isReadOnly
          minHeight="200px"
          toolbarLinks={actions}
        />
      </React.Suspense>
    </div>
  );
};
