import { firefoxDriver } from '../testing/firefox';
import { desktopBarScenarios, phoneScenarios } from './phone.scenarios';

// A 390 px window: BiDi has no touch emulation, and desktop Firefox ignores page viewports.
phoneScenarios('firefox', () => firefoxDriver(), { touch: false, pages: ['device-width'] });
desktopBarScenarios('firefox', () => firefoxDriver());
