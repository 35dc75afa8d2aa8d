/**
 * One job: page content is data (docs/style.md rule 4). Markup may be produced from strings in one
 * module only, lib/sanitize.ts (DOMPurify with an allowlist); everywhere else the sinks that turn a
 * string into live markup are errors. `npm run lint`; tests/lint.test.ts runs it under `npm test`.
 *
 * Parser: @babel/eslint-parser with the TypeScript syntax plugin, not typescript-eslint. The repo
 * is on TypeScript 7 (the native compiler, no JavaScript API); typescript-eslint 8.73 needs
 * `typescript` <6.1 as a peer (npm refuses the install) or a 7.1 dev build the registry does not
 * have. These rules look at syntax only, so a parser that strips types is all they need.
 * Inline `eslint-disable` comments are off: the one exception is lib/sanitize.ts, named below.
 */
import babelParser from '@babel/eslint-parser';

/** `x.innerHTML = s`, `x['outerHTML'] += s`, `Object.assign(x, { innerHTML: s })`. */
const markupProperty = "/^(innerHTML|outerHTML)$/";
const why = 'page content is data: render text, or pass kept markup through lib/sanitize.ts';

const markupSinks = [
  { selector: `AssignmentExpression > MemberExpression.left[property.name=${markupProperty}]`, message: `innerHTML/outerHTML assignment: ${why}` },
  { selector: `AssignmentExpression > MemberExpression.left[property.value=${markupProperty}]`, message: `innerHTML/outerHTML assignment: ${why}` },
  { selector: `ObjectExpression > Property[key.name=${markupProperty}]`, message: `innerHTML/outerHTML in an object (Object.assign, props): ${why}` },
  { selector: `CallExpression > MemberExpression.callee[property.name='insertAdjacentHTML']`, message: `insertAdjacentHTML: ${why}` },
  { selector: `CallExpression > MemberExpression.callee[object.name='document'][property.name=/^(write|writeln)$/]`, message: `document.write: ${why}` },
  { selector: `CallExpression > MemberExpression.callee[object.property.name='document'][property.name=/^(write|writeln)$/]`, message: `document.write: ${why}` },
  { selector: `CallExpression > MemberExpression.callee[property.name='setHTMLUnsafe']`, message: `setHTMLUnsafe: ${why}` },
  { selector: `JSXAttribute[name.name='dangerouslySetInnerHTML']`, message: `dangerouslySetInnerHTML: ${why}` },
  { selector: `Property[key.name='dangerouslySetInnerHTML']`, message: `dangerouslySetInnerHTML: ${why}` },
  { selector: `AssignmentExpression > MemberExpression.left[property.name='srcdoc']`, message: `iframe srcdoc: ${why}` },
  { selector: `CallExpression > MemberExpression.callee[property.name='createContextualFragment']`, message: `createContextualFragment: ${why}` },
  { selector: `CallExpression > MemberExpression.callee[property.name='parseFromString']`, message: `DOMParser.parseFromString: ${why}` },
];

const sources = ['**/*.{ts,tsx,js,mjs}'];

/**
 * The layers (README "How it is built"): lib/ is the pure pipeline (no extension API, no view, runs
 * in Node); components/ are views fed by their props (no extension API, no glue). Each may import
 * only downward.
 */
const outsideLib = ['components', 'entrypoints', 'utils', 'testing', 'scripts', 'e2e', 'tests'];
const layerRule = (folders, packages, layer) => {
  const glue = `${layer} uses no extension API or framework glue (eslint.config.js, the layers)`;
  return [
    'error',
    {
      // '#i18n' is a name, not a pattern: a leading # is a comment in the patterns' gitignore syntax.
      paths: packages.filter((name) => !name.includes('*')).map((name) => ({ name, message: glue })),
      patterns: [
        { group: folders.flatMap((folder) => [`**/${folder}`, `**/${folder}/**`]), message: `${layer} imports only downward (eslint.config.js, the layers)` },
        { group: packages.filter((name) => name.includes('*')), message: glue },
      ],
    },
  ];
};
/**
 * The tooling (none of it shipped). tests/ (unit, Node), e2e/ (real browsers) and scripts/ (what a
 * person runs: the CLI, the benches, the demo) share their helpers through testing/ (stand-ins,
 * loopback servers, page loaders, browser launchers, the test bridge) and never import each other.
 * The one exception: a test of a script imports the script it tests, and bears its name
 * (tests/<name>.test.ts imports scripts/<name>.ts): SCRIPTS_UNDER_TEST names them.
 * The shipped layers never import testing/, except the `__TEST_HOOKS__` branches below, which the
 * store build compiles out (tests/store-bundle.test.ts checks their strings are absent).
 */
const SCRIPTS_UNDER_TEST = ['bergamot-node', 'new-fixture', 'reader-cli-options'];
const TEST_HOOK_IMPORTS = [
  ['entrypoints/detector.ts', 'test-bridge'],
  ['entrypoints/offscreen/main.ts', 'bergamot-stand-in'],
  ['utils/bergamot-host.ts', 'bergamot-stand-in'],
];
/**
 * No import from `folders`, except the modules `allowed` ('scripts/new-fixture', with or without
 * .ts). The patterns are gitignore lines: a file cannot be re-included once its folder is excluded,
 * so with an exception the bare folder (an index import, which no tooling folder has) is left out.
 */
const folderRule = (folders, message, allowed = []) => [
  'error',
  {
    patterns: [
      {
        group: [
          ...folders.flatMap((folder) => (allowed.length ? [`**/${folder}/**`] : [`**/${folder}`, `**/${folder}/**`])),
          ...allowed.flatMap((module) => [`!**/${module}`, `!**/${module}.ts`]),
        ],
        message: `${message} (eslint.config.js, the tooling)`,
      },
    ],
  },
];
const tooling = 'tests/, e2e/ and scripts/ share code through testing/ only';
const shipped = 'testing/ is never shipped: only a __TEST_HOOKS__ branch named in eslint.config.js may import it';
const typescriptSyntax = (isTSX) => ({
  parser: babelParser,
  parserOptions: {
    requireConfigFile: false,
    babelOptions: { babelrc: false, configFile: false, plugins: [['@babel/plugin-syntax-typescript', { isTSX }]] },
  },
});

export default [
  { ignores: ['node_modules/', '.output/', '.wxt/', 'out/', 'test-results/', 'coverage/'] },
  { files: sources, languageOptions: { sourceType: 'module', ecmaVersion: 'latest' }, linterOptions: { noInlineConfig: true } },
  { files: ['**/*.ts'], languageOptions: typescriptSyntax(false) },
  { files: ['**/*.tsx'], languageOptions: typescriptSyntax(true) },
  { files: sources, rules: { 'no-restricted-syntax': ['error', ...markupSinks] } },
  { files: ['lib/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': layerRule(outsideLib, ['wxt', 'wxt/*', '#i18n', '#imports', '@wxt-dev/*', 'preact', 'preact/*', 'webextension-polyfill'], 'lib/') } },
  { files: ['components/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': layerRule(['entrypoints', 'utils', 'testing', 'scripts', 'e2e', 'tests'], ['wxt', 'wxt/*', '#i18n', '#imports', '@wxt-dev/*', 'webextension-polyfill'], 'components/') } },
  { files: ['entrypoints/**/*.{ts,tsx}', 'utils/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': folderRule(['testing'], shipped) } },
  ...TEST_HOOK_IMPORTS.map(([file, module]) => ({ files: [file], rules: { 'no-restricted-imports': folderRule(['testing'], shipped, [`testing/${module}`]) } })),
  { files: ['testing/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': folderRule(['tests', 'e2e', 'scripts'], `testing/ imports no tooling folder: ${tooling}`) } },
  { files: ['tests/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': folderRule(['e2e', 'scripts'], tooling) } },
  ...SCRIPTS_UNDER_TEST.map((name) => ({ files: [`tests/${name}.test.ts`], rules: { 'no-restricted-imports': folderRule(['e2e', 'scripts'], tooling, [`scripts/${name}`]) } })),
  { files: ['e2e/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': folderRule(['tests', 'scripts'], tooling) } },
  { files: ['scripts/**/*.{ts,tsx,mjs}'], rules: { 'no-restricted-imports': folderRule(['tests', 'e2e'], tooling) } },
  // The one module allowed to parse markup: DOMPurify's output, and page data parsed inert for its text.
  { files: ['lib/sanitize.ts'], rules: { 'no-restricted-syntax': 'off' } },
];
