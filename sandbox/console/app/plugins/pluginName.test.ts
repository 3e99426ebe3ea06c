import { pluginNameOf } from './pluginName';

describe('pluginNameOf', () => {
  it('strips the version the 4.19 entry script passes', () => {
    expect(pluginNameOf('ambient-mesh-plugin@0.1.0')).toBe('ambient-mesh-plugin');
    expect(pluginNameOf('@scope/plugin@1.2.3-rc.1')).toBe('@scope/plugin');
  });

  it('keeps a bare name', () => {
    expect(pluginNameOf('ambient-mesh-plugin')).toBe('ambient-mesh-plugin');
    expect(pluginNameOf('@scope/plugin')).toBe('@scope/plugin');
  });
});
