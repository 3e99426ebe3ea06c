/* The console shell's build: one page, its SDK, and the modules it shares with plugins. */
import * as path from 'path';
import * as fs from 'fs';
import { type Configuration, DefinePlugin } from 'webpack';

const SHARED = [
  '@openshift-console/dynamic-plugin-sdk',
  '@patternfly/react-topology',
  'react',
  'react-i18next',
  'react-redux',
  'react-router',
  'react-router-dom',
  'react-router-dom-v5-compat',
  'redux',
  'redux-thunk',
];
const modules = path.resolve(__dirname, '../../node_modules');
const versions = Object.fromEntries(
  SHARED.map((p) => [
    p,
    (
      JSON.parse(fs.readFileSync(path.join(modules, p, 'package.json'), 'utf8')) as {
        version: string;
      }
    ).version,
  ]),
);

/** PatternFly imports from a package's index become imports of the modules that define them. */
const DYNAMIC_IMPORTS = path.resolve(__dirname, 'dynamicImportLoader.js');

const config: Configuration = {
  // Production semantics (React's production build) without minification, which is slow and
  // buys nothing for a local shell.
  mode: 'production',
  context: path.resolve(__dirname, 'app'),
  entry: { shell: './index.tsx' },
  output: {
    path: path.resolve(__dirname, 'dist'),
    filename: '[name].js',
    chunkFilename: 'shell-[name]-[contenthash].js',
    publicPath: '/static/',
    clean: true,
  },
  resolve: { extensions: ['.ts', '.tsx', '.js', '.jsx'] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /\/node_modules\//,
        use: [
          {
            loader: 'ts-loader',
            options: {
              configFile: path.resolve(__dirname, 'app/tsconfig.json'),
              transpileOnly: true,
              // No source maps are kept (devtool: false): TypeScript need not make them.
              compilerOptions: { sourceMap: false },
            },
          },
          DYNAMIC_IMPORTS,
        ],
      },
      // PatternFly's index imports of the shell and of the packages it bundles that use them.
      {
        test: /\.js$/,
        include: ['@patternfly/react-table', '@patternfly/react-topology'].map((p) =>
          path.join(modules, p),
        ),
        use: [DYNAMIC_IMPORTS],
      },
      // react-topology's own styles are injected, as the console does for the module it shares;
      // other CSS (PatternFly's) comes from the stylesheets the page links.
      {
        test: /\.css$/,
        include: path.join(modules, '@patternfly/react-topology'),
        use: ['style-loader', 'css-loader'],
      },
      {
        test: /\.css$/,
        exclude: path.join(modules, '@patternfly/react-topology'),
        type: 'asset/source',
      },
      { test: /\.m?js$/, resolve: { fullySpecified: false } },
    ],
  },
  plugins: [new DefinePlugin({ __SHARED_VERSIONS__: JSON.stringify(versions) })],
  devtool: false,
  // Minification and module concatenation cost most of the build time and buy nothing locally.
  optimization: { minimize: false, concatenateModules: false },
  performance: { hints: false },
  cache: {
    type: 'filesystem',
    cacheDirectory: path.resolve(__dirname, '../../node_modules/.cache/sandbox-console'),
  },
};

export default config;
