import { chromiumDriver } from '../testing/chromium';
import { hostileScenarios } from './hostile.scenarios';

hostileScenarios('chromium', chromiumDriver);
