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
const outsideLib = ['components', 'entrypoints', 'utils', 'scripts', 'e2e', 'tests'];
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
  { files: ['components/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': layerRule(['entrypoints', 'utils', 'scripts', 'e2e', 'tests'], ['wxt', 'wxt/*', '#i18n', '#imports', '@wxt-dev/*', 'webextension-polyfill'], 'components/') } },
  // The one module allowed to parse markup: DOMPurify's output, and page data parsed inert for its text.
  { files: ['lib/sanitize.ts'], rules: { 'no-restricted-syntax': 'off' } },
];
