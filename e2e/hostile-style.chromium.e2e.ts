import { chromiumDriver } from './chromium';
import { hostileStyleScenarios } from './hostile-style.scenarios';

hostileStyleScenarios('chromium', chromiumDriver);
