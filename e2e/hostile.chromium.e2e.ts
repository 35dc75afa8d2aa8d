import { chromiumDriver } from './chromium';
import { hostileScenarios } from './hostile.scenarios';

hostileScenarios('chromium', chromiumDriver);
