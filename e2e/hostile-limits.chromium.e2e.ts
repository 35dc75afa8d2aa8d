import { chromiumDriver } from './chromium';
import { hostileLimitScenarios } from './hostile-limits.scenarios';

hostileLimitScenarios('chromium', chromiumDriver);
