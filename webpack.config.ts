/* eslint-env node */
import * as fs from 'fs';
import * as path from 'path';
import type { Configuration } from 'webpack';
import { ConsoleRemotePlugin } from '@openshift-console/dynamic-plugin-sdk-webpack';
import CopyWebpackPlugin from 'copy-webpack-plugin';

const isProd = process.env.NODE_ENV === 'production';
/**
 * `PLUGIN_MINIFY=false` (what `npm start` builds): production semantics without minification and
 * module concatenation, which take most of a build's time. `npm run build` always minifies.
 */
const minify = isProd && process.env.PLUGIN_MINIFY !== 'false';

/**
 * The PatternFly packages whose barrel imports ConsoleRemotePlugin rewrites to their dynamic modules
 * (its defaults). The plugin derives each package's map from export name to dynamic module with a
 * TypeScript program over the whole package, which took over a minute of every build; PatternFly
 * ships that same map as `dist/dynamic-modules.json` (identical for these packages), so the plugin
 * is given the shipped maps instead.
 */
const DYNAMIC_PACKAGES = [
  '@patternfly/react-core',
  '@patternfly/react-icons',
  '@patternfly/react-table',
];
const dynamicModuleMaps = Object.fromEntries(
  DYNAMIC_PACKAGES.map((pkg) => {
    const file = path.resolve(__dirname, 'node_modules', pkg, 'dist/dynamic-modules.json');
    return [pkg, JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>];
  }),
);
const consoleRemotePlugin = (): ConsoleRemotePlugin => {
  const plugin = new ConsoleRemotePlugin({ sharedDynamicModuleSettings: { packageSpecs: {} } });
  if (!('sharedDynamicModuleMaps' in plugin)) {
    throw new Error(
      'ConsoleRemotePlugin no longer keeps sharedDynamicModuleMaps: revisit webpack.config.ts',
    );
  }
  Object.assign(plugin, { sharedDynamicModuleMaps: dynamicModuleMaps });
  return plugin;
};

/**
 * What the plugin bundles from other packages (PatternFly, and what it uses) in one chunk, not one
 * per module. The console shares PatternFly's modules one by one, each its own chunk, so a page
 * asked for thirty to forty files of a few kilobytes each through the browser's six connections
 * to the console, beside its API lists, and its first rows waited for the last of them. With one
 * chunk (immutable name, kept by the browser from page to page) a page asks for its own code
 * only. js-yaml, which only the install pages use, stays with them.
 */
const vendorChunk = {
  test: /[\\/]node_modules[\\/](?!js-yaml[\\/])/,
  name: 'vendor',
  chunks: 'async' as const,
  enforce: true,
};

const config: Configuration = {
  mode: isProd ? 'production' : 'development',
  // ConsoleRemotePlugin generates the entry and one chunk per exposed module.
  entry: {},
  context: path.resolve(__dirname, 'src'),
  output: {
    // PLUGIN_DIST lets parallel builds write apart; the default is dist/.
    path: path.resolve(__dirname, process.env.PLUGIN_DIST || 'dist'),
    filename: isProd ? '[name]-bundle-[contenthash].min.js' : '[name]-bundle.js',
    chunkFilename: isProd ? '[name]-chunk-[contenthash].min.js' : '[name]-chunk.js',
  },
  resolve: {
    extensions: ['.ts', '.tsx', '.js', '.jsx'],
  },
  module: {
    rules: [
      {
        test: /\.(jsx?|tsx?)$/,
        exclude: /\/node_modules\//,
        use: [
          {
            loader: 'ts-loader',
            // Types are checked by `npm run typecheck`; the build only transpiles. The unminified
            // production build (`npm start`) keeps no source maps, so TypeScript makes none.
            options: {
              configFile: path.resolve(__dirname, 'tsconfig.json'),
              transpileOnly: true,
              ...(isProd && !minify ? { compilerOptions: { sourceMap: false } } : {}),
            },
          },
        ],
      },
      {
        test: /\.css$/,
        use: ['style-loader', 'css-loader'],
      },
      {
        test: /\.m?js$/,
        resolve: { fullySpecified: false },
      },
    ],
  },
  plugins: [
    consoleRemotePlugin(),
    new CopyWebpackPlugin({
      patterns: [{ from: path.resolve(__dirname, 'locales'), to: 'locales' }],
    }),
  ],
  devtool: isProd ? false : 'source-map',
  optimization: {
    chunkIds: isProd ? 'deterministic' : 'named',
    minimize: minify,
    concatenateModules: minify,
    splitChunks: { cacheGroups: { vendor: vendorChunk } },
  },
  performance: { hints: false },
};

export default config;
