import { chromiumDriver } from '../testing/chromium';
import { hostileLimitScenarios } from './hostile-limits.scenarios';

hostileLimitScenarios('chromium', chromiumDriver);
