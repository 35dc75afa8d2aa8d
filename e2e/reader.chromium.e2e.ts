import { chromiumDriver } from '../testing/chromium';
import { readerScenarios } from './reader.scenarios';

readerScenarios('chromium', chromiumDriver);
