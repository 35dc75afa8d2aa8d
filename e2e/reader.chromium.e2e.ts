import { chromiumDriver } from './chromium';
import { readerScenarios } from './reader.scenarios';

readerScenarios('chromium', chromiumDriver);
