import { chromiumDriver } from '../testing/chromium';
import { readerUxScenarios } from './reader-ux.scenarios';

readerUxScenarios('chromium', chromiumDriver, { windowFocus: true });
