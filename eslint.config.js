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
  // The one module allowed to parse markup: DOMPurify's output, and page data parsed inert for its text.
  { files: ['lib/sanitize.ts'], rules: { 'no-restricted-syntax': 'off' } },
];
