import { chromiumDriver, PHONE } from './chromium';
import { desktopBarScenarios, phoneScenarios } from './phone.scenarios';

// A phone by Chromium's mobile emulation: 390 × 844, device scale 2, mobile viewports, touch.
phoneScenarios('chromium', () => chromiumDriver([], PHONE), { touch: true, pages: ['device-width', 'no-viewport'] });
desktopBarScenarios('chromium', () => chromiumDriver());
