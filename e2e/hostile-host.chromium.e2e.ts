import { chromiumDriver } from './chromium';
import { hostileHostScenarios } from './hostile-host.scenarios';

hostileHostScenarios('chromium', chromiumDriver);
