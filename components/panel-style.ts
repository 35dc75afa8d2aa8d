/**
 * The panel's whole stylesheet, put together at import time: the layout and type (panel.css, no
 * theme colour in it) then the theme rules written out with literal values from the one token table
 * (panel-theme.ts). No custom property in either (tests/panel-style.test.ts checks).
 */
import panelCss from './panel.css?inline';
import { themeCss } from './panel-theme';

export const PANEL_CSS = `${panelCss}\n${themeCss()}`;
