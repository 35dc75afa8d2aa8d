import { chromiumDriver } from '../testing/chromium';
import { hostileHostScenarios } from './hostile-host.scenarios';

hostileHostScenarios('chromium', chromiumDriver);
