import * as React from 'react';
import {
  Button,
  ClipboardCopyButton,
  CodeBlock,
  CodeBlockAction,
  CodeBlockCode,
} from '@patternfly/react-core';
import { DownloadIcon } from '@patternfly/react-icons';
import { useAmbientTranslation } from '../utils/useAmbientTranslation';

type Props = {
  id: string;
  code: string;
  /** Offered as a download when set (e.g. `ambient-install.yaml`). */
  fileName?: string;
  ariaLabel: string;
};

const download = (code: string, fileName: string) => {
  const url = URL.createObjectURL(new Blob([code], { type: 'application/yaml' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  URL.revokeObjectURL(url);
};

/** Read-only YAML (or shell) text with copy and, optionally, download. */
export const YamlBlock: React.FC<Props> = ({ id, code, fileName, ariaLabel }) => {
  const { t } = useAmbientTranslation();
  const [copied, setCopied] = React.useState(false);
  const copy = () => {
    void navigator.clipboard?.writeText(code);
    setCopied(true);
  };
  const actions = (
    <>
      <CodeBlockAction>
        <ClipboardCopyButton
          id={`${id}-copy`}
          textId={`${id}-code`}
          aria-label={t('Copy {{what}}', { what: ariaLabel })}
          onClick={copy}
          exitDelay={copied ? 1500 : 600}
          variant="plain"
          onTooltipHidden={() => setCopied(false)}
        >
          {copied ? t('Copied') : t('Copy to clipboard')}
        </ClipboardCopyButton>
      </CodeBlockAction>
      {fileName && (
        <CodeBlockAction>
          <Button
            variant="plain"
            icon={<DownloadIcon />}
            aria-label={t('Download {{file}}', { file: fileName })}
            onClick={() => download(code, fileName)}
          />
        </CodeBlockAction>
      )}
    </>
  );
  return (
    <CodeBlock actions={actions} aria-label={ariaLabel}>
      <CodeBlockCode id={`${id}-code`}>{code}</CodeBlockCode>
    </CodeBlock>
  );
};
