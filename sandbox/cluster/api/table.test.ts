import { jsonPath } from './table';

describe('printer column JSONPath', () => {
  const gw = {
    metadata: { annotations: { 'openshift.io/display-name': 'X' } },
    status: {
      addresses: [{ value: '1.2.3.4' }, { value: '5.6.7.8' }],
      conditions: [{ type: 'Programmed', status: 'True' }],
    },
  };
  it('reads fields, filters, indexes and wildcards', () => {
    expect(jsonPath(gw, '.status.conditions[?(@.type=="Programmed")].status')).toBe('True');
    expect(jsonPath(gw, '.status.addresses[*].value')).toBe('1.2.3.4,5.6.7.8');
    expect(jsonPath(gw, '.status.addresses[1].value')).toBe('5.6.7.8');
    expect(jsonPath(gw, '.metadata.annotations.openshift\\.io/display-name')).toBe('X');
    expect(jsonPath(gw, '.status.missing')).toBeUndefined();
  });
});
