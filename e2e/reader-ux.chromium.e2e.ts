import { chromiumDriver } from './chromium';
import { readerUxScenarios } from './reader-ux.scenarios';

readerUxScenarios('chromium', chromiumDriver, { windowFocus: true });
