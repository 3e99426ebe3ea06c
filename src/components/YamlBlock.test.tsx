import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { YamlBlock } from './YamlBlock';
import { ConditionsTable } from './ConditionsTable';

// PatternFly tooltips and clicks in jsdom are slow on a shared machine.
jest.setTimeout(30000);

describe('YamlBlock', () => {
  it('shows the text, copies it and downloads it as one file', async () => {
    const writeText = jest.fn(() => Promise.resolve());
    Object.assign(navigator, { clipboard: { writeText } });
    const createObjectURL = jest.fn(() => 'blob:x');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    render(<YamlBlock id="y" code={'a: 1\n---\nb: 2\n'} fileName="x.yaml" ariaLabel="manifests" />);
    expect(screen.getByText(/a: 1/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /^Copy manifests/ }));
    expect(writeText).toHaveBeenCalledWith('a: 1\n---\nb: 2\n');
    await userEvent.click(screen.getByRole('button', { name: 'Download x.yaml' }));
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(click).toHaveBeenCalledTimes(1);
  });
});

describe('ConditionsTable', () => {
  it('lists each condition with its reason and message', () => {
    render(
      <ConditionsTable
        ariaLabel="c"
        conditions={[
          { type: 'Ready', status: 'False', reason: 'IstiodNotReady', message: 'no pods' },
          { type: 'Reconciled', status: 'True' },
        ]}
      />,
    );
    const rows = screen.getAllByRole('row').map((r) => r.textContent);
    expect(rows).toEqual([
      'ConditionStatusReasonMessage',
      'ReadyFalseIstiodNotReadyno pods',
      'ReconciledTrue--',
    ]);
  });
});
