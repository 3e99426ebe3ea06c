/* eslint-env node */
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
            // Types are checked by `npm run typecheck`; the build only transpiles.
            options: { configFile: path.resolve(__dirname, 'tsconfig.json'), transpileOnly: true },
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
    new ConsoleRemotePlugin(),
    new CopyWebpackPlugin({
      patterns: [{ from: path.resolve(__dirname, 'locales'), to: 'locales' }],
    }),
  ],
  devtool: isProd ? false : 'source-map',
  optimization: {
    chunkIds: isProd ? 'deterministic' : 'named',
    minimize: minify,
    concatenateModules: minify,
  },
  performance: { hints: false },
};

export default config;
